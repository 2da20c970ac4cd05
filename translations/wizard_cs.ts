<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <location filename="../wizard/ui/widgets.py" line="+50"/>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Upozornění</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Probíhá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informace</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <location filename="../wizard/brand/folder.py" line="+198"/>
        <source>%1: &apos;%2&apos; can be &quot;stop&quot; only when &apos;%3&apos; is true.</source>
        <translation>%1: &apos;%2&apos; může mít hodnotu &quot;stop&quot;, jen když je &apos;%3&apos; true.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is larger than %2 KB.</source>
        <translation>%1 je větší než %2 kB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 nelze přečíst (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 is not valid TOML (%2).</source>
        <translation>%1 není platný soubor TOML (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a known key.</source>
        <translation>%1: &apos;%2&apos; není známý klíč.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a table of its own ([%2]).</source>
        <translation>%1: &apos;%2&apos; musí být samostatná tabulka ([%2]).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is missing.</source>
        <translation>%1: chybí klíč &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; must be text in quotes.</source>
        <translation>%1: hodnota &apos;%2&apos; musí být text v uvozovkách.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>%1: &apos;%2&apos; is empty.</source>
        <translation>%1: hodnota &apos;%2&apos; je prázdná.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1: &apos;%2&apos; is longer than %3 characters.</source>
        <translation>%1: hodnota &apos;%2&apos; je delší než %3 znaků.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../wizard/cli/common.py" line="+94"/>
        <source>%1: &apos;%2&apos; must be one line without control characters.</source>
        <translation>%1: hodnota &apos;%2&apos; musí být jeden řádek bez řídicích znaků.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; may hold only lower-case Latin letters, digits and hyphens, and must start with a letter or a digit.</source>
        <translation>%1: hodnota &apos;%2&apos; smí obsahovat jen malá latinská písmena, číslice a spojovníky a musí začínat písmenem nebo číslicí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; may hold only Latin letters, digits, dots, hyphens and underscores, and must start with a letter or a digit.</source>
        <translation>%1: hodnota &apos;%2&apos; smí obsahovat jen latinská písmena, číslice, tečky, spojovníky a podtržítka a musí začínat písmenem nebo číslicí.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &apos;%2&apos; must be true or false.</source>
        <translation>%1: hodnota &apos;%2&apos; musí být true nebo false.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be one of %3.</source>
        <translation>%1: hodnota &apos;%2&apos; musí být jedna z: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a list of texts in quotes.</source>
        <translation>%1: hodnota &apos;%2&apos; musí být seznam textů v uvozovkách.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; may hold only %3.</source>
        <translation>%1: seznam &apos;%2&apos; smí obsahovat jen: %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &apos;%2&apos; must name a path inside the brand folder.</source>
        <translation>%1: &apos;%2&apos; musí uvádět cestu uvnitř složky značky.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; names %3, which is larger than %4 KB.</source>
        <translation>%1: &apos;%2&apos; uvádí %3, ale tento soubor je větší než %4 kB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; names %3, which cannot be read (%4).</source>
        <translation>%1: &apos;%2&apos; uvádí %3, ale ten nelze přečíst (%4).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; names %3, which is not a PNG or SVG image (%4).</source>
        <translation>%1: &apos;%2&apos; uvádí %3, ale to není obrázek PNG ani SVG (%4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &apos;%2&apos; names %3, which is not a folder.</source>
        <translation>%1: &apos;%2&apos; uvádí %3, ale to není složka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds no provider files (*.xml).</source>
        <translation>%1: &apos;%2&apos; uvádí složku %3, která neobsahuje žádné soubory poskytovatelů (*.xml).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds more than %4 provider files.</source>
        <translation>%1: &apos;%2&apos; uvádí složku %3, která obsahuje víc než %4 souborů poskytovatelů.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &apos;%2&apos; names %3, which is not a valid provider file (%4).</source>
        <translation>%1: &apos;%2&apos; uvádí %3, ale to není platný soubor poskytovatele (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names %3, which lists no domain.</source>
        <translation>%1: &apos;%2&apos; uvádí %3, ale v tomto souboru není uvedena žádná doména.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; needs at least one of web, phone and email.</source>
        <translation>%1: &apos;%2&apos; potřebuje alespoň jeden z klíčů web, phone a email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an https:// web address.</source>
        <translation>%1: hodnota &apos;%2&apos; není webová adresa https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not a phone number.</source>
        <translation>%1: hodnota &apos;%2&apos; není telefonní číslo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an e-mail address.</source>
        <translation>%1: hodnota &apos;%2&apos; není e-mailová adresa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; may only hold targets that &apos;%3&apos; offers.</source>
        <translation>%1: seznam &apos;%2&apos; smí obsahovat jen cíle, které nabízí &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../wizard/ui/certificate.py" line="+74"/>
        <source>Security certificate</source>
        <translation>Bezpečnostní certifikát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>Vydáno pro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Vydal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Platný od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Platný do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Otisk certifikátu (SHA-256):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trust this certificate only if your provider told you to expect it, for example by giving you this fingerprint.</source>
        <translation>Tomuto certifikátu důvěřujte, jen pokud vám poskytovatel e-mailu řekl, že ho máte očekávat – například tím, že vám sdělil právě tento otisk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Důvěřovat tomuto certifikátu pro %1</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../wizard/ui/pages/checking.py" line="+115"/>
        <source>Trying your settings</source>
        <translation>Kontrola nastavení</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving mail</source>
        <translation>Příjem pošty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending mail</source>
        <translation>Odesílání pošty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the &amp;certificate…</source>
        <translation>Zobrazit &amp;certifikát…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&amp;Type the password again</source>
        <translation>Zadat &amp;heslo znovu</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Try &amp;again</source>
        <translation>Zkusit z&amp;novu</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 signs in to receive and to send mail, without sending anything.</source>
        <translation>Program %1 se zkusí přihlásit k&#xa0;příjmu i&#xa0;k&#xa0;odesílání pošty. Nic přitom neodešle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hange the settings</source>
        <translation>Z&amp;měnit nastavení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No encryption</source>
        <translation>Bez šifrování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>Probíhá kontrola</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Sign &amp;in again</source>
        <translation>&amp;Přihlásit se znovu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing in to %1…</source>
        <translation>Přihlašuji se k serveru %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to sign in to %1.</source>
        <translation>Čekám na přihlášení k&#xa0;serveru %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers over an encrypted connection and offers your provider&apos;s sign-in.</source>
        <translation>%1 odpovídá přes šifrované spojení a nabízí přihlášení u vašeho poskytovatele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to %1: receiving mail works.</source>
        <translation>Přihlášení k&#xa0;serveru %1 proběhlo: příjem pošty funguje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to %1: sending mail works.</source>
        <translation>Přihlášení k&#xa0;serveru %1 proběhlo: odesílání pošty funguje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was passed over: %2</source>
        <translation>%1 byl přeskočen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1:</source>
        <translation>Server %1:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What you can do:</source>
        <translation>Co můžete udělat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation>Odpověď serveru: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server %1 does not encrypt the connection. Anyone on the network could read your password and your mail.</source>
        <translation>Server %1 nešifruje spojení. Kdokoli v&#xa0;síti by mohl přečíst vaše heslo i&#xa0;vaši poštu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send my password without encryption anyway</source>
        <translation>Přesto &amp;odeslat heslo bez šifrování</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../wizard/cli/__init__.py" line="+59"/>
        <source>usage: </source>
        <translation>použití: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing: %1</source>
        <translation>chybí: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown arguments: %1</source>
        <translation>neznámé argumenty: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be %2; choose one of %3</source>
        <translation>%1 nemůže mít hodnotu %2; zvolte jednu z&#xa0;hodnot: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value</source>
        <translation>%1 vyžaduje hodnotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be %2</source>
        <translation>%1 nemůže mít hodnotu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 cannot be used together</source>
        <translation>%1 a&#xa0;%2 nelze použít současně</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>arguments</source>
        <translation>argumenty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>volby</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show this help and exit</source>
        <translation>zobrazit tuto nápovědu a&#xa0;skončit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show what happens on standard error (-vv: in more detail)</source>
        <translation>zobrazovat průběh na standardním chybovém výstupu (-vv: podrobněji)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; reads as an option; put -- before an address that starts with &apos;-&apos;.</source>
        <translation>„%1“ se čte jako přepínač; před adresu, která začíná „-“, napište --.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please give an e-mail address.</source>
        <translation>Zadejte prosím e-mailovou adresu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an e-mail address: it needs the form name@example.com.</source>
        <translation>„%1“ není e-mailová adresa: adresa musí mít tvar jmeno@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ in &apos;%1&apos; is not valid.</source>
        <translation>Část před znakem @ v&#xa0;adrese „%1“ není platná.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ in &apos;%1&apos; is not a valid domain name.</source>
        <translation>Doména za znakem @ v&#xa0;adrese „%1“ není platný název domény.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address &apos;%1&apos; is too long to be an e-mail address.</source>
        <translation>Adresa „%1“ je na e-mailovou adresu příliš dlouhá.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up an e-mail account: find the server settings, prove them, and write them into Thunderbird or Outlook or a settings file. Without a command the wizard window opens.</source>
        <translation>Nastaví e-mailový účet: najde nastavení serverů, vyzkouší, že funguje, a&#xa0;zapíše ho do Thunderbirdu, Outlooku nebo do souboru s&#xa0;nastavením. Bez příkazu se otevře okno průvodce.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>show the version and exit</source>
        <translation>zobrazit verzi a&#xa0;skončit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run as the ISP&apos;s own edition in DIR (its name, providers, language and support contacts); without it, the brand folder in the per-machine config folder, if any</source>
        <translation>spustit jako vlastní verzi poskytovatele ze složky DIR (její název, poskytovatelé, jazyk a kontakty na podporu); bez této volby složka značky ve sdílené složce nastavení počítače, pokud existuje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>commands</source>
        <translation>příkazy</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>stopped.</source>
        <translation>zastaveno.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no graphical display here, so the wizard window cannot open; the commands work without one (see mailwizard --help).</source>
        <translation>není k&#xa0;dispozici grafické prostředí, proto nelze otevřít okno průvodce; příkazy fungují i&#xa0;bez něj (viz mailwizard --help).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_outlook.py" line="+29"/>
        <source>write the account into classic Outlook for Windows (a .prf profile file)</source>
        <translation>zapsat účet do klasického Outlooku pro Windows (soubor profilu .prf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an Outlook profile file (.prf) for ADDRESS. With --apply (Windows only, Outlook closed) Outlook starts and imports it. Outlook still asks for the password at the first send/receive. Exchange and Microsoft 365 mailboxes need no file: Outlook sets them up from the address.</source>
        <translation>Vytvoří soubor profilu Outlooku (.prf) pro ADDRESS. S&#xa0;volbou --apply (jen ve Windows a&#xa0;při zavřeném Outlooku) se Outlook spustí a&#xa0;soubor načte. Na heslo se Outlook i&#xa0;tak zeptá při prvním odesílání a&#xa0;přijímání pošty. Účty Exchange a&#xa0;Microsoft 365 žádný soubor nepotřebují: Outlook je nastaví sám podle adresy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where to save the .prf file</source>
        <translation>kam uložit soubor .prf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand the file to Outlook now</source>
        <translation>rovnou předat soubor Outlooku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>character set of the file (default: the Windows ANSI code page, cp1252 elsewhere)</source>
        <translation>znaková sada souboru (výchozí: ve Windows kódová stránka ANSI, v&#xa0;jiných systémech cp1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add the account to Outlook&apos;s default profile instead of a profile of its own</source>
        <translation>přidat účet do výchozího profilu Outlooku místo do samostatného profilu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a character set for a profile file; use a code page such as cp1252.</source>
        <translation>„%1“ není znaková sada pro soubor profilu; použijte kódovou stránku, například cp1252.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved the Outlook profile file for %1 to %2.</source>
        <translation>Soubor profilu Outlooku pro %1 byl uložen do souboru %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To use it, close Outlook and run: outlook.exe /importprf &quot;%1&quot; (or run this command again with --apply on Windows).</source>
        <translation>Chcete-li ho použít, zavřete Outlook a&#xa0;spusťte: outlook.exe /importprf &quot;%1&quot; (nebo ve Windows spusťte tento příkaz znovu s&#xa0;volbou --apply).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page, so no profile file was written: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook přidává účty Outlook.com a Microsoft 365 vlastním nastavením účtů, které otevře přihlašovací stránku Microsoftu, proto nebyl zapsán žádný soubor profilu: v Outlooku zvolte Soubor, potom Přidat účet a zadejte %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlook sets up this Exchange (Business Mail, Microsoft 365) account itself: in Outlook choose File, Add Account, type %1 and then your password; Outlook finds the server through Autodiscover.</source>
        <translation>Tento účet Exchange (Business Mail, Microsoft 365) si Outlook nastaví sám: v&#xa0;Outlooku zvolte Soubor › Přidat účet, zadejte %1 a&#xa0;pak své heslo; Outlook najde server pomocí služby Autodiscover.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If Outlook asks for a user name, type %1.</source>
        <translation>Pokud se Outlook zeptá na uživatelské jméno, zadejte %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Outlook asks for a server, type %1.</source>
        <translation>Pokud se Outlook zeptá na server, zadejte %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+46"/>
        <source>write the account into a Thunderbird profile</source>
        <translation>zapsat účet do profilu Thunderbirdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (or update) the account for ADDRESS in Thunderbird&apos;s profile, with its password when given, so that Thunderbird starts with a working account. Thunderbird must be closed.</source>
        <translation>Přidá účet pro ADDRESS do profilu Thunderbirdu (nebo ho aktualizuje), a&#xa0;to včetně hesla, pokud je zadané, aby se Thunderbird spustil s&#xa0;funkčním účtem. Thunderbird musí být zavřený.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the profile folder (default: the profile Thunderbird opens)</source>
        <translation>složka profilu (výchozí: profil, který Thunderbird otevírá)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+68"/>
        <location filename="../wizard/cli/commands/export.py" line="+60"/>
        <source>read the password from the first line of standard input</source>
        <translation>načíst heslo z&#xa0;prvního řádku standardního vstupu</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+5"/>
        <location filename="../wizard/cli/common.py" line="-53"/>
        <source>your name as others see it</source>
        <translation>vaše jméno tak, jak ho uvidí ostatní</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trust this PEM/DER certificate (e.g. a private CA); repeatable</source>
        <translation>důvěřovat certifikátu PEM/DER v&#xa0;tomto souboru (např. soukromé certifikační autoritě); lze zadat vícekrát</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-17"/>
        <source>use settings nobody vouches for (from plain http, SRV records, a redirect or another domain): they get the password and are written</source>
        <translation>použít nastavení, za které nikdo neručí (z nešifrovaného http, ze záznamů SRV, po přesměrování nebo z jiné domény): dostanou heslo a zapíšou se</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sign in with the provider in the web browser (OAuth2) instead of a password; the sign-in is kept in the system keyring only</source>
        <translation>přihlásit se u poskytovatele ve webovém prohlížeči (OAuth2) místo hesla; přihlášení se ukládá jen do systémového úložiště hesel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>with --oauth: how long to wait for the sign-in in the browser (default 300)</source>
        <translation>s --oauth: jak dlouho čekat na přihlášení v prohlížeči (výchozí 300)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sign-in-timeout needs a number of seconds between 0 and 3600.</source>
        <translation>Volba --sign-in-timeout vyžaduje počet sekund mezi 0 a&#xa0;3600.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The settings for %1 are incomplete: %2.</source>
        <translation>Nastavení pro %1 není úplné: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 signs you in on its own page: run verify or write with --oauth to sign in in your web browser.</source>
        <translation>%1 vás přihlásí na své vlastní stránce: spusťte verify nebo write s --oauth a přihlaste se ve webovém prohlížeči.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The provider needs a value for %1: add %1 = &quot;VALUE&quot; under [fields] in the preset.</source>
        <translation>Poskytovatel vyžaduje hodnotu %1: přidejte %1 = &quot;VALUE&quot; do oddílu [fields] v&#xa0;souboru s&#xa0;předvolbami.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody vouches for the settings found for %1 (they point to %2), so nothing was sent or written; add %3 to use them anyway.</source>
        <translation>Za nastavení nalezené pro %1 nikdo neručí (ukazuje na %2), proto se nic neodeslalo ani nezapsalo; chcete-li je přesto použít, přidejte %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not encrypt the connection, so the password was not sent and nothing was written; add %2 to allow it.</source>
        <translation>%1 nešifruje spojení, proto se heslo neodeslalo a nic se nezapsalo; chcete-li to povolit, přidejte %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The servers for %1 do not take the provider&apos;s sign-in; use --password-stdin instead.</source>
        <translation>Servery pro %1 nepřijímají přihlášení u poskytovatele; použijte místo toho --password-stdin.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Proven and written: %1 %2 (%3).</source>
        <translation>Zkontrolováno a zapsáno: %1 %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+202"/>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Soubor %1 nelze přečíst (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+17"/>
        <source>The file %1 holds no certificate.</source>
        <translation>Soubor %1 neobsahuje žádný certifikát.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Added the account %1 in the Thunderbird profile %2.</source>
        <translation>Účet %1 byl přidán do profilu Thunderbirdu %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated the account %1 in the Thunderbird profile %2.</source>
        <translation>Účet %1 byl aktualizován v&#xa0;profilu Thunderbirdu %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new outgoing (SMTP) server was added.</source>
        <translation>Byl přidán nový server odchozí pošty (SMTP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The existing outgoing (SMTP) server is used.</source>
        <translation>Použije se stávající server odchozí pošty (SMTP).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate for %1:%2 is now trusted.</source>
        <translation>Certifikát pro %1:%2 je nyní důvěryhodný.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate for %1:%2 could not be stored (%3); Thunderbird will ask about it.</source>
        <translation>Certifikát pro %1:%2 se nepodařilo uložit (%3); Thunderbird se na něj zeptá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous settings were saved as %1.</source>
        <translation>Předchozí nastavení bylo uloženo jako %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+30"/>
        <source>%1 belongs to %2, not to the address&apos;s domain</source>
        <translation>%1 patří k&#xa0;doméně %2, ne k&#xa0;doméně adresy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came over plain http (%1) and may be forged</source>
        <translation>nastavení přišlo přes nešifrované http (%1) a&#xa0;může být podvržené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings come from DNS records nobody vouches for</source>
        <translation>nastavení pochází ze záznamů DNS, za které nikdo neručí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came through a redirect to %2 (%1)</source>
        <translation>nastavení přišlo přes přesměrování na %2 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not encrypt the connection</source>
        <translation>%1 nešifruje spojení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is given by its IP address, so nobody can tell whose server it is</source>
        <translation>%1 je zadán IP adresou, takže nelze říct, čí je to server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find the server settings for an e-mail address</source>
        <translation>najít nastavení serverů pro e-mailovou adresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the incoming and outgoing server settings for ADDRESS: the bundled provider list first, then the provider&apos;s autoconfig, the Thunderbird ISPDB, MX, SRV and Autodiscover records, and finally the likely servers themselves.</source>
        <translation>Najde nastavení serverů příchozí a&#xa0;odchozí pošty pro ADDRESS: nejdřív ve vestavěném seznamu poskytovatelů, pak v&#xa0;souboru autoconfig poskytovatele, v&#xa0;databázi ISPDB Thunderbirdu, v&#xa0;záznamech MX, SRV a&#xa0;Autodiscover a&#xa0;nakonec přímo na pravděpodobných serverech.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../wizard/cli/commands/verify.py" line="+76"/>
        <source>print a clientConfig file (for --config FILE)</source>
        <translation>vypsat soubor clientConfig (pro --config FILE)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-276"/>
        <location filename="../wizard/cli/commands/detect.py" line="+2"/>
        <source>show every step on stderr</source>
        <translation>vypisovat každý krok na stderr</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+7"/>
        <source>give up after this many seconds (default 15)</source>
        <translation>po kolika sekundách hledání vzdát (výchozí 15)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+46"/>
        <source>also read the clientConfig files in DIR (they take precedence); repeatable</source>
        <translation>načíst také soubory clientConfig ze složky DIR (mají přednost); lze zadat vícekrát</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+14"/>
        <location filename="../wizard/cli/commands/verify.py" line="+26"/>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>Volba --timeout vyžaduje počet sekund mezi 0 a&#xa0;600.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+15"/>
        <source>warning: %1</source>
        <translation>upozornění: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+23"/>
        <source>%2 could not search for the settings of %1: no name server answered, so this computer seems to be offline.</source>
        <translation>Program %2 nemohl hledat nastavení pro %1: neodpověděl žádný DNS server, takže počítač zřejmě není připojen k&#xa0;internetu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No settings were found for %1 within %2 seconds.</source>
        <translation>Nastavení pro %1 se nepodařilo najít do %2 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No settings were found for %1 in the provider list.</source>
        <translation>Nastavení pro %1 se v&#xa0;seznamu poskytovatelů nenašlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found for %1 anywhere.</source>
        <translation>Nastavení pro %1 se nikde nenašlo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2, found in: %3.</source>
        <translation>%1: %2, zdroj: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: found in: %2.</source>
        <translation>%1: zdroj: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>příchozí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing</source>
        <translation>odchozí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>nebo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user %1</source>
        <translation>uživatel %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check before use:</source>
        <translation>Před použitím zkontrolujte:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nobody vouches for these settings</source>
        <translation>za toto nastavení nikdo neručí</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="-28"/>
        <source>save the settings as a file for another device or program</source>
        <translation>uložit nastavení do souboru pro jiné zařízení nebo program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings of ADDRESS as a file: an autoconfig XML document, an Outlook profile (.prf), an Apple profile (.mobileconfig), a QR code that Thunderbird for Android scans (PNG, or SVG when FILE ends in .svg), or JSON. Without --config the settings are detected first.</source>
        <translation>Uloží nastavení pro ADDRESS do souboru. Může to být dokument XML autoconfig, profil Outlooku (.prf), profil Apple (.mobileconfig), QR kód, který naskenuje Thunderbird v&#xa0;Androidu (PNG, nebo SVG, pokud FILE končí na .svg), nebo JSON. Bez volby --config se nastavení nejdřív vyhledá.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the kind of file</source>
        <translation>formát souboru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to write</source>
        <translation>výstupní soubor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put the password into the file (mobileconfig and qr only; needs --password-stdin)</source>
        <translation>uložit do souboru i&#xa0;heslo (jen mobileconfig a&#xa0;qr; vyžaduje --password-stdin)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+213"/>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>The provider needs a value for %1: add --field %1=VALUE.</source>
        <translation>Poskytovatel vyžaduje hodnotu %1: přidejte --field %1=VALUE.</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../wizard/cli/commands/export.py" line="+8"/>
        <source>Note: %1</source>
        <translation>Poznámka: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>--include-password needs the password on standard input: add --password-stdin.</source>
        <translation>Volba --include-password vyžaduje heslo na standardním vstupu: přidejte --password-stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 file cannot hold a password; leave out --include-password.</source>
        <translation>Soubor typu %1 nemůže obsahovat heslo; vynechte volbu --include-password.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the %1 settings for %2 to %3.</source>
        <translation>Nastavení pro %2 ve formátu %1 bylo uloženo do souboru %3.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="-40"/>
        <source>list or search the bundled provider list</source>
        <translation>vypsat vestavěný seznam poskytovatelů nebo v&#xa0;něm hledat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the providers the wizard knows, or those matching QUERY (name or domain; case and accents do not matter).</source>
        <translation>Vypíše poskytovatele, které program Mail Wizard zná, nebo jen ty, které odpovídají dotazu QUERY (název nebo doména; na velikosti písmen a&#xa0;diakritice nezáleží).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>part of a provider&apos;s name or domain</source>
        <translation>část názvu nebo domény poskytovatele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the list as JSON</source>
        <translation>vypsat seznam ve formátu JSON</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No provider matches &apos;%1&apos;.</source>
        <translation>Dotazu „%1“ neodpovídá žádný poskytovatel.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+87"/>
        <source>set up an account unattended, as a preset file says</source>
        <translation>nastavit účet bez obsluhy podle souboru s&#xa0;předvolbami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect (or read) the settings, log in to prove them and write the account into the clients and files the preset names, without asking anything. The preset is a TOML file; see the documentation of this command for its keys.</source>
        <translation>Vyhledá (nebo načte) nastavení, přihlášením vyzkouší, že funguje, a&#xa0;zapíše účet do e-mailových programů a&#xa0;souborů uvedených v&#xa0;souboru s&#xa0;předvolbami – na nic se přitom neptá. Soubor s&#xa0;předvolbami je ve formátu TOML; jeho klíče popisuje dokumentace tohoto příkazu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the preset file (TOML)</source>
        <translation>soubor s&#xa0;předvolbami (TOML)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preset %1 is not valid TOML (%2).</source>
        <translation>Soubor s&#xa0;předvolbami %1 není platný soubor TOML (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+20"/>
        <source>The preset %1 has unknown keys: %2.</source>
        <translation>Soubor s&#xa0;předvolbami %1 obsahuje neznámé klíče: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+12"/>
        <source>The preset %1 needs address = &quot;name@example.com&quot;.</source>
        <translation>Soubor s&#xa0;předvolbami %1 musí obsahovat address = &quot;name@example.com&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset never holds the password itself: write password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; or &quot;none&quot;.</source>
        <translation>Soubor s&#xa0;předvolbami nikdy neobsahuje samotné heslo: zapište password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; nebo &quot;none&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each [[export]] needs format = one of %1 and output = &quot;FILE&quot;.</source>
        <translation>Každá sekce [[export]] musí obsahovat format = jednu z&#xa0;hodnot %1 a&#xa0;output = &quot;FILE&quot;.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+51"/>
        <location filename="../wizard/cli/common.py" line="+7"/>
        <location line="+9"/>
        <source>The preset %1 has a value of the wrong kind (%2).</source>
        <translation>Soubor s&#xa0;předvolbami %1 obsahuje hodnotu nesprávného typu (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keyring holds no password for %1.</source>
        <translation>Systémové úložiště hesel neobsahuje heslo pro %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment variable %1 holds no password.</source>
        <translation>Proměnná prostředí %1 neobsahuje heslo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>protocol must be &quot;imap&quot;, &quot;pop3&quot; or &quot;exchange&quot;.</source>
        <translation>protocol musí být &quot;imap&quot;, &quot;pop3&quot; nebo &quot;exchange&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preset names nothing to write: add [thunderbird], [outlook] or [[export]].</source>
        <translation>Soubor s&#xa0;předvolbami neurčuje nic k&#xa0;zápisu: přidejte [thunderbird], [outlook] nebo [[export]].</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Settings for %1: %2 %3, SMTP %4 (found in: %5).</source>
        <translation>Nastavení pro %1: %2 %3, SMTP %4 (zdroj: %5).</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>verify = true needs a password; set password or verify = false.</source>
        <translation>verify = true vyžaduje heslo; nastavte password nebo verify = false.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The password in the environment variable %1 is not valid text in the system&apos;s character set.</source>
        <translation>Heslo v proměnné prostředí %1 není platný text ve znakové sadě systému.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Heslo je uložené v&#xa0;systémovém úložišti hesel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be kept in the system keyring (%1).</source>
        <translation>Heslo se nepodařilo uložit do systémového úložiště hesel (%1).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming server: %1</source>
        <translation>Server příchozí pošty: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server: %1</source>
        <translation>Server odchozí pošty: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>funguje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings do not work, so nothing was written.</source>
        <translation>Nastavení nefunguje, proto se nic nezapsalo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thunderbird: added the account in %1.</source>
        <translation>Thunderbird: účet byl přidán do profilu %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thunderbird: updated the account in %1.</source>
        <translation>Thunderbird: účet byl aktualizován v&#xa0;profilu %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outlook: saved %1.</source>
        <translation>Outlook: uložen soubor %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: saved %2.</source>
        <translation>%1: uložen soubor %2.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="-52"/>
        <source>log in with the settings to prove they work (sends no mail)</source>
        <translation>přihlásit se s&#xa0;nastavením a&#xa0;vyzkoušet, že funguje (neodesílá žádnou poštu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the incoming server (IMAP or POP3) and authenticate to the outgoing server (SMTP) of ADDRESS, without sending mail. Settings come from --config FILE, else they are detected. Exit status 0 only when both directions work.</source>
        <translation>Přihlásí se k&#xa0;serveru příchozí pošty (IMAP nebo POP3) adresy ADDRESS a&#xa0;ověří se u&#xa0;jejího serveru odchozí pošty (SMTP). Žádnou poštu přitom neodesílá. Nastavení se načte z&#xa0;--config FILE, jinak se vyhledá. Návratový kód je 0, jen když funguje příjem i&#xa0;odesílání.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-124"/>
        <source>allow sending the password to these servers without encryption when they offer none (dangerous)</source>
        <translation>povolit odeslání hesla těmto serverům bez šifrování, pokud šifrování nenabízejí (nebezpečné)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="+16"/>
        <source>accept a server certificate with this SHA-256 fingerprint (as printed after a certificate failure) and remember it for that server; repeatable</source>
        <translation>přijmout certifikát serveru s&#xa0;tímto otiskem SHA-256 (vypíše se při chybě certifikátu) a&#xa0;zapamatovat si ho pro daný server; lze zadat vícekrát</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>which kind of incoming server to check (default: the preferred one)</source>
        <translation>jaký druh serveru příchozí pošty zkontrolovat (výchozí: upřednostňovaný)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give up on a server after this long (default 60)</source>
        <translation>po kolika sekundách to u&#xa0;serveru vzdát (výchozí 60)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--trust-certificate needs a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>Volba --trust-certificate vyžaduje otisk SHA-256 (64 šestnáctkových číslic).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no encryption</source>
        <translation>bez šifrování</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incoming: %1</source>
        <translation>Příchozí: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing: %1</source>
        <translation>Odchozí: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3), user %4</source>
        <translation>%1 %2 (%3), uživatel %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passed over: %1 (%2).</source>
        <translation>Přeskočen: %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: answers over %1 and offers the sign-in (checked without signing in).</source>
        <translation>OK: server odpovídá (spojení: %1) a nabízí přihlášení (zkontrolováno bez přihlášení).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: authenticated over %1.</source>
        <translation>OK: ověření proběhlo (spojení: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: logged in over %1.</source>
        <translation>OK: přihlášení proběhlo (spojení: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the server offered %1, so it was used instead.</source>
        <translation>Poznámka: server nabídl šifrování %1, proto bylo použito místo nastaveného.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the server wants the user name &apos;%1&apos;.</source>
        <translation>Poznámka: server vyžaduje uživatelské jméno „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the certificate %1 was trusted.</source>
        <translation>Poznámka: certifikát s&#xa0;otiskem %1 byl přijat jako důvěryhodný.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED: %1</source>
        <translation>CHYBA: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>Podrobnosti: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Certifikát: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued by %1</source>
        <translation>vydavatel: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid from %1 to %2</source>
        <translation>platný od %1 do %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To trust exactly this certificate for this server, run again with --trust-certificate %1</source>
        <translation>Chcete-li pro tento server důvěřovat právě tomuto certifikátu, spusťte příkaz znovu s&#xa0;--trust-certificate %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To send the password without encryption anyway, add --allow-plaintext.</source>
        <translation>Chcete-li heslo přesto odeslat bez šifrování, přidejte --allow-plaintext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both directions work.</source>
        <translation>Příjem i&#xa0;odesílání pošty funguje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings do not work yet.</source>
        <translation>Nastavení zatím nefunguje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is Caps Lock on? The password looks as if it was typed in capitals.</source>
        <translation>Není zapnutý Caps Lock? Heslo vypadá, jako by bylo napsané velkými písmeny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password contains Cyrillic letters: is the keyboard layout right?</source>
        <translation>Heslo obsahuje písmena azbuky: máte nastavené správné rozložení klávesnice?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider has rules for passwords in mail programs; see its notes.</source>
        <translation>Poskytovatel má zvláštní pravidla pro hesla v&#xa0;e-mailových programech; přečtěte si jeho upozornění.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the full address, or only the part before the @, as the user name.</source>
        <translation>Zkuste jako uživatelské jméno zadat celou adresu, nebo jen část před znakem @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider may require an app password for mail programs.</source>
        <translation>Poskytovatel možná pro e-mailové programy vyžaduje heslo aplikace.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/write.py" line="+23"/>
        <source>write an account into Thunderbird or Outlook</source>
        <translation>zapsat účet do Thunderbirdu nebo Outlooku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the settings for an address into a mail client.</source>
        <translation>Zapíše nastavení adresy do e-mailového programu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mail clients</source>
        <translation>e-mailové programy</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="-101"/>
        <location filename="../wizard/cli/common.py" line="-232"/>
        <source>which kind of incoming server to use (default: the preferred one)</source>
        <translation>jaký druh serveru příchozí pošty použít (výchozí: upřednostňovaný)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+6"/>
        <source>use the settings in this clientConfig XML file (as printed by &apos;detect --xml&apos;) instead of detecting them</source>
        <translation>použít nastavení z&#xa0;tohoto souboru XML clientConfig (jak ho vypíše „detect --xml“) místo jeho vyhledání</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a value the provider asks for, such as --field USERNAME=abc123 (repeatable)</source>
        <translation>hodnota, kterou poskytovatel vyžaduje, např. --field USERNAME=abc123 (lze zadat vícekrát)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the e-mail address</source>
        <translation>e-mailová adresa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the result as JSON</source>
        <translation>vypsat výsledek ve formátu JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the bundled provider list only</source>
        <translation>použít jen vestavěný seznam poskytovatelů</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--field needs the form KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>Volba --field vyžaduje tvar KEY=VALUE, ne „%1“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The password on standard input is not valid text in the system&apos;s character set.</source>
        <translation>Heslo na standardním vstupu není platný text ve znakové sadě systému.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password was given on standard input.</source>
        <translation>Na standardním vstupu nebylo zadáno žádné heslo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An unexpected error stopped the command (%1); the details are in %2.</source>
        <translation>Příkaz zastavila neočekávaná chyba (%1); podrobnosti jsou v %2.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&apos;%1&apos; is not valid text: it holds bytes the system&apos;s character set cannot read.</source>
        <translation>„%1“ není platný text: obsahuje bajty, které znaková sada systému nedokáže přečíst.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is larger than %2 MB, so it was not read.</source>
        <translation>Soubor %1 je větší než %2 MB, proto nebyl přečten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preset %1 has a NUL character in %2, which no mail program accepts.</source>
        <translation>Soubor s&#xa0;předvolbami %1 obsahuje v %2 znak NUL, který žádný e-mailový program nepřijme.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings file %1 cannot be used (%2).</source>
        <translation>Soubor s nastavením %1 nelze použít (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+221"/>
        <source>No settings were found for %1; give them with --config FILE.</source>
        <translation>Nastavení pro %1 se nenašlo; zadejte ho pomocí --config FILE.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+51"/>
        <location filename="../wizard/cli/commands/run.py" line="-53"/>
        <location filename="../wizard/cli/commands/verify.py" line="-127"/>
        <source>The settings have no IMAP or POP3 incoming server.</source>
        <translation>Nastavení neobsahuje server příchozí pošty IMAP ani POP3.</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../wizard/ui/pages/detect.py" line="+94"/>
        <source>Finding your settings</source>
        <translation>Hledání nastavení</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>%1 asks several places at once. This takes a few seconds.</source>
        <translation>Program %1 se ptá na několika místech najednou. Trvá to jen pár sekund.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Where %1 is looking:</source>
        <translation>Kde program %1 hledá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources asked</source>
        <translation>Prohledávané zdroje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Probíhá hledání</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop searching</source>
        <translation>Za&amp;stavit hledání</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;again</source>
        <translation>Hledat z&amp;novu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter the settings myself</source>
        <translation>Zadat nastavení &amp;ručně</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct the address</source>
        <translation>&amp;Opravit adresu</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>The search has ended; the list shows what each place answered.</source>
        <translation>Hledání skončilo: v seznamu vidíte, co které místo odpovědělo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found the settings for %1.</source>
        <translation>Nalezeno nastavení pro %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found. Click Next to enter them yourself.</source>
        <translation>Nastavení se nepodařilo najít. Klikněte na „Další“ a&#xa0;zadejte ho ručně.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../wizard/ui/pages/done.py" line="+46"/>
        <source>All set</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here is what %1 did.</source>
        <translation>Přehled toho, co program %1 udělal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Thunderbird</source>
        <translation>&amp;Otevřít Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left for you to do:</source>
        <translation>Zbývá ještě udělat:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was added to Thunderbird (profile %2).</source>
        <translation>Adresa %1 byla přidána do Thunderbirdu (profil %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The previous settings are kept as a copy in %1.</source>
        <translation>Kopie předchozího nastavení je uložena ve složce %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was handed to Outlook.</source>
        <translation>Adresa %1 byla předána Outlooku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file was saved as %1.</source>
        <translation>Soubor s&#xa0;nastavením byl uložen jako %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept in your system&apos;s password store.</source>
        <translation>Heslo je uložené v&#xa0;úložišti hesel vašeho systému.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password could not be kept in the system&apos;s password store.</source>
        <translation>Heslo se nepodařilo uložit do úložiště hesel systému.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your settings work; nothing was written.</source>
        <translation>Nastavení funguje, nic se ale nikam nezapsalo.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../wizard/ui/errors.py" line="+97"/>
        <source>Something went wrong</source>
        <translation>Něco se pokazilo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ran into a problem it did not expect. Your settings were not changed by it. If it happens again, copy the diagnostic report and send it to your support; it does not contain your password.</source>
        <translation>Program %1 narazil na nečekaný problém. Vaše nastavení tím nebylo změněno. Pokud se to stane znovu, zkopírujte diagnostické informace a&#xa0;pošlete je své technické podpoře – vaše heslo v&#xa0;nich není.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy diagnostic report</source>
        <translation>&amp;Zkopírovat diagnostické informace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
</context>
<context>
    <name>MailWizard</name>
    <message>
        <location filename="../wizard/ui/window.py" line="+399"/>
        <source>Mail Wizard</source>
        <translation>Mail Wizard</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+88"/>
        <source>&amp;Close</source>
        <translation>Za&amp;vřít</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zpět</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Close %1?</source>
        <translation>Zavřít program %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you close %1 now, what you have typed is lost.</source>
        <translation>Když teď program %1 zavřete, vše zadané se ztratí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Pokračovat</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <location filename="../wizard/oauth/loopback.py" line="+30"/>
        <source>You are signed in. You can close this page and go back to %1.</source>
        <translation>Jste přihlášeni. Tuto stránku můžete zavřít a vrátit se do aplikace %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was refused. You can close this page and go back to %1.</source>
        <translation>Přihlášení bylo odmítnuto. Tuto stránku můžete zavřít a vrátit se do aplikace %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not work. You can close this page and go back to %1.</source>
        <translation>Přihlášení se nezdařilo. Tuto stránku můžete zavřít a vrátit se do aplikace %1.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../wizard/ui/pages/base.py" line="+112"/>
        <source>Something went wrong. The diagnostic report has the details.</source>
        <translation>Něco se pokazilo. Podrobnosti najdete v&#xa0;diagnostických informacích.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../wizard/ui/pages/password.py" line="+240"/>
        <source>Your name and password</source>
        <translation>Vaše jméno a heslo</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Your na&amp;me:</source>
        <translation>Vaše j&amp;méno:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 has rules for this password: read them below first.</source>
        <translation>%1 má pro toto heslo svá pravidla: nejdřív si je přečtěte níže.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is the one you use to sign in to your mail.</source>
        <translation>Je to heslo, kterým se přihlašujete ke své poště.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>As others will see it, e.g. Anna Berg</source>
        <translation>Tak, jak ho uvidí ostatní, např. Jana Nováková</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in the system&apos;s password store</source>
        <translation>Zapamato&amp;vat si heslo v&#xa0;systémovém úložišti hesel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the sign-in</source>
        <translation>Čeká se na přihlášení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password instead</source>
        <translation>Použít &amp;heslo aplikace</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sign in with %1</source>
        <translation>Přihlášení přes %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is needed for %1: you sign in on its own page.</source>
        <translation>Pro %1 není potřeba heslo: přihlásíte se na vlastní stránce poskytovatele.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>&amp;Show</source>
        <translation>Zo&amp;brazit</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>&amp;Hide</source>
        <translation>&amp;Skrýt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the password</source>
        <translation>Skrýt heslo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Zobrazit heslo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Zdá se, že je zapnutý Caps Lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains Cyrillic letters. Check the keyboard layout if your password does not.</source>
        <translation>Heslo obsahuje písmena azbuky. Pokud vaše heslo azbuku nemá, zkontrolujte rozložení klávesnice.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>např. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What %1 says:</source>
        <translation>%1 upozorňuje:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you continue: %1</source>
        <translation>Než budete pokračovat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the password: %1</source>
        <translation>K heslu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information</source>
        <translation>Více informací</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Sign in with %1 &amp;instead</source>
        <translation>Raději se př&amp;ihlásit přes %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Přihlásit se přes %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thunderbird opens the sign-in page of %1 at its first start, so no password is needed here. %2 checks the servers without signing in.</source>
        <translation>Thunderbird při prvním spuštění otevře přihlašovací stránku %1, takže tady heslo není potřeba. Program %2 zkontroluje servery bez přihlášení.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 signs you in on its own page. %2 opens it in your web browser; come back here when you are done.</source>
        <translation>%1 vás přihlásí na své vlastní stránce. Program %2 ji otevře ve vašem webovém prohlížeči; až budete hotovi, vraťte se sem.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You are signed in. %1 checks your settings with this sign-in; Thunderbird asks you to sign in once more at its first start.</source>
        <translation>Jste přihlášeni. Program %1 s tímto přihlášením zkontroluje nastavení; Thunderbird vás při prvním spuštění požádá o přihlášení ještě jednou.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search found that the mail of %1 is at %2, which signs you in on its own page.</source>
        <translation>Hledání zjistilo, že poštu domény %1 spravuje %2 a přihlásíte se na jeho vlastní stránce.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This computer has no password store that %1 can use, so the password will not be remembered here.</source>
        <translation>Tento počítač nemá úložiště hesel, které by program %1 mohl použít, proto se tu heslo nezapamatuje.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Waiting for you to sign in in the web browser…</source>
        <translation>Čekáme, až se přihlásíte ve webovém prohlížeči…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../wizard/ui/i18n.py" line="+85"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../wizard/ui/pages/review.py" line="+259"/>
        <source>Your settings</source>
        <translation>Vaše nastavení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you want to read your mail?</source>
        <translation>Jak chcete číst poštu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my mail on the server (IMAP, recommended)</source>
        <translation>&amp;Ponechat poštu na serveru (IMAP, doporučeno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download my mail to this computer (POP3)</source>
        <translation>&amp;Stahovat poštu do tohoto počítače (POP3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With IMAP every device sees the same mail and folders; POP3 downloads new mail to this computer and by default keeps a copy on the server.</source>
        <translation>S&#xa0;protokolem IMAP vidí všechna zařízení stejnou poštu i&#xa0;složky. POP3 stahuje novou poštu do tohoto počítače a&#xa0;standardně ponechává kopie zpráv na serveru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit the settings myself</source>
        <translation>&amp;Upravit nastavení ručně</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming mail</source>
        <translation>Příchozí pošta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Odchozí pošta (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the settings that were found</source>
        <translation>Použít nalezené nastavení</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Type the settings from your provider&apos;s help page. %1 tries them when you click Next.</source>
        <translation>Opište nastavení z&#xa0;nápovědy svého poskytovatele e-mailu. Po kliknutí na „Další“ ho program %1 vyzkouší.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type your server settings. Next, %1 will try them.</source>
        <translation>Zadejte nastavení serverů. Potom je program %1 vyzkouší.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check what was found. Next, %1 will try them.</source>
        <translation>Zkontrolujte nalezené nastavení. Program %1 ho pak vyzkouší.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>These are the settings for %1.</source>
        <translation>Toto je nastavení pro %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in: %1 (%2).</source>
        <translation>Zdroj: %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Vaše zprávy odcházejí jako &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;, without a name.</source>
        <translation>Vaše zprávy odcházejí z adresy &lt;b&gt;%1&lt;/b&gt;, bez jména.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your domain handed the search on to %1, and these settings came from there. Compare them with your provider&apos;s help page.</source>
        <translation>Vaše doména předala hledání na %1 a&#xa0;toto nastavení přišlo odtamtud. Porovnejte ho s&#xa0;nápovědou svého poskytovatele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings came over an unencrypted connection, so someone could have changed them on the way. Compare them with your provider&apos;s help page.</source>
        <translation>Toto nastavení přišlo nešifrovaným spojením, takže ho někdo mohl cestou změnit. Porovnejte ho s&#xa0;nápovědou svého poskytovatele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings &amp;match what my provider says</source>
        <translation>Nastavení &amp;odpovídá tomu, co uvádí můj poskytovatel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server %1 is given by its IP address, so nobody can tell whose server it is. Use it only if you expect that.</source>
        <translation>Server %1 je zadán IP adresou, takže nelze říct, čí je. Použijte ho, jen pokud to tak má být.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;trust the server %1 with my mail</source>
        <translation>&amp;Věřím serveru %1 a&#xa0;svěřuji mu svou poštu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 does not belong to your provider but to %2. Use it only if you expect that.</source>
        <translation>Server %1 nepatří vašemu poskytovateli, ale provozovateli %2. Použijte ho, jen pokud to očekáváte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;trust %1 with my mail</source>
        <translation>&amp;Věřím provozovateli %1 a&#xa0;svěřuji mu svou poštu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody vouches for these settings; they were worked out by trying.</source>
        <translation>Za toto nastavení nikdo neručí – bylo zjištěno zkoušením.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server does not encrypt the connection: others could read your mail.</source>
        <translation>Jeden ze serverů nešifruje spojení: cizí lidé by mohli číst vaši poštu.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <location line="-376"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption:</source>
        <translation>Šifrování:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Uživatelské jméno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in:</source>
        <translation>Ověření:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: type of server</source>
        <translation>%1: typ serveru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: server name</source>
        <translation>%1: název serveru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: port</source>
        <translation>%1: port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: encryption</source>
        <translation>%1: šifrování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: user name</source>
        <translation>%1: uživatelské jméno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sign-in method</source>
        <translation>%1: způsob ověření</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. mail.example.com</source>
        <translation>např. mail.example.com</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../wizard/ui/support.py" line="+31"/>
        <source>Your provider&apos;s support can help:</source>
        <translation>Pomůže vám podpora vašeho poskytovatele:</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../wizard/ui/pages/targets.py" line="+133"/>
        <source>Where to set it up</source>
        <translation>Kde účet nastavit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings work. Choose where to use them.</source>
        <translation>Nastavení funguje. Vyberte, kde ho chcete použít.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Thunderbird</source>
        <translation>Přidat účet do &amp;Thunderbirdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird profile</source>
        <translation>Profil Thunderbirdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>Zkontrolovat zno&amp;vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Outlook</source>
        <translation>Přidat účet do &amp;Outlooku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a settings file for another device or program</source>
        <translation>Uložit &amp;soubor s&#xa0;nastavením pro jiné zařízení nebo program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Formát souboru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of settings file</source>
        <translation>Formát souboru s nastavením</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Uložit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Include the password (keep the file private)</source>
        <translation>Uložit do souboru i&#xa0;&amp;heslo (soubor nikomu nedávejte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR kód pro Thunderbird v&#xa0;Androidu</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(open in Thunderbird)</source>
        <translation>(otevřený v Thunderbirdu)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Thunderbird was not found on this computer. Install it and start it once, then click Check again.</source>
        <translation>Thunderbird v&#xa0;tomto počítači nebyl nalezen. Nainstalujte ho, jednou ho spusťte a&#xa0;pak klikněte na „Zkontrolovat znovu“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is open. Close it, then click Check again.</source>
        <translation>Thunderbird je otevřený. Zavřete ho a&#xa0;pak klikněte na „Zkontrolovat znovu“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Klasický Outlook není v&#xa0;tomto počítači nainstalovaný.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook přidává účty Outlook.com a Microsoft 365 vlastním nastavením účtů, které otevře přihlašovací stránku Microsoftu: v Outlooku zvolte Soubor, potom Přidat účet a zadejte %1.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Save the settings file</source>
        <translation>Uložit soubor s nastavením</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved: %1</source>
        <translation>Uloženo: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../wizard/texts.py" line="+66"/>
        <source>This is not a complete e-mail address yet.</source>
        <translation>Toto ještě není úplná e-mailová adresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This setup is for addresses at %1.</source>
        <translation>Tento program je určen pro adresy na %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password of this address.</source>
        <translation>Zadejte heslo k této adrese.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 first, or use an app password instead.</source>
        <translation>Nejprve se přihlaste přes %1, nebo místo toho použijte heslo aplikace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider also needs: %1.</source>
        <translation>Váš poskytovatel potřebuje ještě: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: type it on one line, without tabs or other control characters.</source>
        <translation>%1: zadejte na jeden řádek, bez tabulátorů a jiných řídicích znaků.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started yet.</source>
        <translation>Zatím nespuštěno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No settings were found for this address. Enter them yourself; your provider&apos;s help pages list them.</source>
        <translation>Pro tuto adresu se nenašlo žádné nastavení. Zadejte ho ručně – najdete ho v&#xa0;nápovědě svého poskytovatele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search for the settings failed. Try again, or enter them yourself.</source>
        <translation>Hledání nastavení se nezdařilo. Zkuste to znovu, nebo nastavení zadejte ručně.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search was stopped. Search again, or enter the settings yourself.</source>
        <translation>Hledání bylo zastaveno. Spusťte ho znovu, nebo zadejte nastavení ručně.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no servers to use yet. Enter them yourself.</source>
        <translation>Zatím nejsou k&#xa0;dispozici žádné servery. Zadejte je ručně.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the highlighted field.</source>
        <translation>Zkontrolujte zvýrazněné pole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that you trust %1 with your mail before you continue.</source>
        <translation>Než budete pokračovat, potvrďte, že provozovateli %1 svěřujete svou poštu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that these settings are your provider&apos;s before you continue.</source>
        <translation>Než budete pokračovat, potvrďte, že jde o&#xa0;nastavení vašeho poskytovatele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 does not encrypt the connection. Decide whether to use it.</source>
        <translation>Server %1 nešifruje spojení. Rozhodněte, zda ho chcete použít.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings do not work yet. See what to do above.</source>
        <translation>Nastavení zatím nefunguje. Co dělat, najdete výše.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check itself failed unexpectedly. Try again.</source>
        <translation>Samotná kontrola nečekaně selhala. Zkuste to znovu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one place.</source>
        <translation>Vyberte alespoň jedno místo, kde účet nastavit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a Thunderbird profile.</source>
        <translation>Vyberte profil Thunderbirdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird is running. Close it, then click Check again.</source>
        <translation>Thunderbird je spuštěný. Zavřete ho a&#xa0;pak klikněte na „Zkontrolovat znovu“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the settings file first, or untick that choice.</source>
        <translation>Nejdřív uložte soubor s&#xa0;nastavením, nebo tuto volbu odškrtněte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incoming server&apos;s name is not valid.</source>
        <translation>Název serveru příchozí pošty není platný.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming port must be 1 to 65535.</source>
        <translation>Port serveru příchozí pošty musí být číslo od 1 do 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for incoming mail.</source>
        <translation>Zadejte uživatelské jméno pro příchozí poštu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing server&apos;s name is not valid.</source>
        <translation>Název serveru odchozí pošty není platný.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing port must be 1 to 65535.</source>
        <translation>Port serveru odchozí pošty musí být číslo od 1 do 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for outgoing mail.</source>
        <translation>Zadejte uživatelské jméno pro odchozí poštu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type an e-mail address.</source>
        <translation>Zadejte prosím e-mailovou adresu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address has the form name@example.com.</source>
        <translation>E-mailová adresa má tvar jmeno@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ is not valid.</source>
        <translation>Část před znakem @ není platná.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @ is not a complete domain name.</source>
        <translation>Část za znakem @ není úplný název domény.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is too long.</source>
        <translation>Tato adresa je příliš dlouhá.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your administrator&apos;s provider list</source>
        <translation>Seznam poskytovatelů od vašeho správce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website</source>
        <translation>Web vašeho poskytovatele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird&apos;s provider database</source>
        <translation>Databáze poskytovatelů Thunderbirdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail servers named for your domain</source>
        <translation>Poštovní servery uvedené pro vaši doménu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service records of your domain</source>
        <translation>Záznamy služeb (SRV) vaší domény</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Autodiscover</source>
        <translation>Microsoft Autodiscover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website (unencrypted)</source>
        <translation>Web vašeho poskytovatele (nešifrovaně)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying the usual server names</source>
        <translation>Zkoušení obvyklých názvů serverů</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by you</source>
        <translation>Zadáno ručně</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A settings file</source>
        <translation>Soubor s nastavením</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s settings for its customers</source>
        <translation>Nastavení od %1 pro zákazníky</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trusted</source>
        <translation>důvěryhodný</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>please confirm</source>
        <translation>potvrďte prosím</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified, please check</source>
        <translation>neověřený, zkontrolujte prosím</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>čeká</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking…</source>
        <translation>ptám se…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found</source>
        <translation>nalezeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing there</source>
        <translation>nic nenalezeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nezdařilo se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>není potřeba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>přeskočeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>zastaveno</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another source</source>
        <translation>Jiný zdroj</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1&apos;s own provider list</source>
        <translation>Vlastní seznam poskytovatelů programu %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is asking here now.</source>
        <translation>Program %1 se tu právě ptá.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>encrypted (SSL/TLS)</source>
        <translation>šifrované (SSL/TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted (STARTTLS)</source>
        <translation>šifrované (STARTTLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted</source>
        <translation>nešifrované</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (unsafe)</source>
        <translation>Žádné (nebezpečné)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal password</source>
        <translation>Běžné heslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password</source>
        <translation>Šifrované heslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in through the provider (OAuth2)</source>
        <translation>Přihlášení přes poskytovatele (OAuth2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerberos (GSSAPI)</source>
        <translation>Kerberos (GSSAPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the computer&apos;s network address</source>
        <translation>Podle síťové adresy počítače</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Klientský certifikát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check incoming mail first</source>
        <translation>Nejdřív zkontrolovat příchozí poštu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in</source>
        <translation>Bez ověření</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sends through &lt;b&gt;%1&lt;/b&gt; (port %2), %3, signing in as %4.</source>
        <translation>Pošta se odesílá přes server &lt;b&gt;%1&lt;/b&gt; (port %2), spojení je %3, uživatelské jméno %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads mail from &lt;b&gt;%1&lt;/b&gt; (POP3, port %2), %3, signing in as %4.</source>
        <translation>Pošta se stahuje ze serveru &lt;b&gt;%1&lt;/b&gt; (POP3, port %2), spojení je %3, uživatelské jméno %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps mail on &lt;b&gt;%1&lt;/b&gt; (%5, port %2), %3, signing in as %4.</source>
        <translation>Pošta zůstává na serveru &lt;b&gt;%1&lt;/b&gt; (%5, port %2), spojení je %3, uživatelské jméno %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the user name or the password.</source>
        <translation>Server odmítl uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s security certificate has expired, so your password was not sent.</source>
        <translation>Platnost bezpečnostního certifikátu serveru vypršela, proto vaše heslo nebylo odesláno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s security certificate is made out for another server, so your password was not sent.</source>
        <translation>Bezpečnostní certifikát serveru je vystavený pro jiný server, proto vaše heslo nebylo odesláno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate comes from an unknown authority, so your password was not sent.</source>
        <translation>Bezpečnostní certifikát serveru pochází od neznámého vydavatele, proto vaše heslo nebylo odesláno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server signed its security certificate itself, so your password was not sent.</source>
        <translation>Server si svůj bezpečnostní certifikát podepsal sám, proto vaše heslo nebylo odesláno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the server could not be made.</source>
        <translation>Se serverem se nepodařilo navázat zabezpečené spojení.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no server with this name. Check the server name for typing errors.</source>
        <translation>Server s&#xa0;tímto názvem neexistuje. Zkontrolujte, zda v&#xa0;názvu serveru není překlep.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached. Check your Internet connection, the port and the encryption.</source>
        <translation>Se serverem se nepodařilo spojit. Zkontrolujte připojení k&#xa0;internetu, port a&#xa0;šifrování.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Server neodpověděl včas. Zkuste to později.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer offers encryption (STARTTLS), so your password was not sent.</source>
        <translation>Server už nenabízí šifrování (STARTTLS), proto vaše heslo nebylo odesláno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted and you did not allow sending the password over it.</source>
        <translation>Spojení není šifrované a&#xa0;odeslání hesla bez šifrování nebylo povoleno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered in a way that does not fit these settings.</source>
        <translation>Server odpověděl způsobem, který neodpovídá tomuto nastavení.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was stopped.</source>
        <translation>Kontrola byla zastavena.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caps Lock may have been on while you typed the password.</source>
        <translation>Při psaní hesla byl možná zapnutý Caps Lock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password contains Cyrillic letters: perhaps the keyboard layout was not the usual one.</source>
        <translation>Heslo obsahuje písmena azbuky: možná nebylo nastavené obvyklé rozložení klávesnice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your provider has rules for passwords in mail programs; see its notes.</source>
        <translation>Váš poskytovatel má zvláštní pravidla pro hesla v&#xa0;e-mailových programech; přečtěte si jeho upozornění.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some providers want the full e-mail address as the user name, others only the part before the @. Try the other form with Change the settings.</source>
        <translation>Někteří poskytovatelé chtějí jako uživatelské jméno celou e-mailovou adresu, jiní jen část před znakem @. Zkuste tu druhou možnost přes „Změnit nastavení“.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The account needs several QR codes; scan them one after another.</source>
        <translation>Účet potřebuje několik QR kódů; naskenujte je jeden po druhém.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thunderbird is running: close Thunderbird first, then try again.</source>
        <translation>Thunderbird je spuštěný: nejdřív ho zavřete a&#xa0;pak to zkuste znovu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook is running: close Outlook first, then try again.</source>
        <translation>Outlook je spuštěný: nejdřív ho zavřete a&#xa0;pak to zkuste znovu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kind of account cannot be set up in Thunderbird by %1.</source>
        <translation>Tento druh účtu neumí program %1 v&#xa0;Thunderbirdu nastavit.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 could not save the password for Thunderbird, so Thunderbird asks for it once; let it remember it.</source>
        <translation>%1 nemohl uložit heslo pro Thunderbird, a proto se na něj Thunderbird jednou zeptá; nechte ho, ať si ho zapamatuje.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The account needs %n QR codes; scan them one after another.</source>
        <translation>
            <numerusform>Účet potřebuje %n QR kód; naskenujte je jeden po druhém.</numerusform>
            <numerusform>Účet potřebuje %n QR kódy; naskenujte je jeden po druhém.</numerusform>
            <numerusform>Účet potřebuje %n QR kódů; naskenujte je jeden po druhém.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%2 is not registered for the sign-in at %1, so it checks only what it can without signing in.</source>
        <translation>Program %2 není registrován pro přihlášení u %1, proto kontroluje jen to, co jde bez přihlášení.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Your provider asks for a separate password for mail programs: create one in your account&apos;s settings on its website and use it here.</source>
        <translation>Váš poskytovatel vyžaduje pro e-mailové programy zvláštní heslo (heslo aplikace): vytvořte si ho v&#xa0;nastavení účtu na jeho webu a&#xa0;zadejte ho sem.</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Type your e-mail address, or find your provider in the list.</source>
        <translation>Zadejte svou e-mailovou adresu, nebo najděte svého poskytovatele v&#xa0;seznamu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer seems to be offline: no name server answered. Check the Internet connection, then click Search again.</source>
        <translation>Počítač zřejmě není připojen k&#xa0;internetu: neodpověděl žádný DNS server. Zkontrolujte připojení a&#xa0;klikněte na „Hledat znovu“.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="-69"/>
        <location filename="../wizard/texts.py" line="+5"/>
        <source>The domain %1 does not exist. Is there a typing error in the address?</source>
        <translation>Doména %1 neexistuje. Není v&#xa0;adrese překlep?</translation>
    </message>
    <message>
        <location filename="../wizard/texts.py" line="+100"/>
        <source>Not asked yet.</source>
        <translation>Zatím nedotázáno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings for your address were found here.</source>
        <translation>Zde bylo nalezeno nastavení pro vaši adresu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no settings for your address here.</source>
        <translation>Zde žádné nastavení pro vaši adresu není.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usable answer came from here.</source>
        <translation>Odsud nepřišla žádná použitelná odpověď.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed any more: a better answer came, or the time was up.</source>
        <translation>Už není potřeba: přišla lepší odpověď, nebo vypršel čas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked: it was not needed.</source>
        <translation>Nedotázáno: nebylo to potřeba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped the search before this answered.</source>
        <translation>Hledání jste zastavili dřív, než odsud přišla odpověď.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical details: %1</source>
        <translation>Technické podrobnosti: %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This server takes only your provider&apos;s own sign-in, so the password was not sent; sign in with your provider instead.</source>
        <translation>Tento server přijímá jen přihlášení u vašeho poskytovatele, proto heslo nebylo odesláno; přihlaste se místo toho u poskytovatele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither server could be reached: this computer seems to be offline. Check the Internet connection, then click Try again.</source>
        <translation>Nepodařilo se spojit ani s&#xa0;jedním serverem: počítač zřejmě není připojen k&#xa0;internetu. Zkontrolujte připojení a&#xa0;klikněte na „Zkusit znovu“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The check failed.</source>
        <translation>Kontrola se nezdařila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the settings and try again.</source>
        <translation>Zkontrolujte nastavení a&#xa0;zkuste to znovu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thunderbird settings file (XML)</source>
        <translation>Soubor s&#xa0;nastavením pro Thunderbird (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple profile for iPhone, iPad and Mac</source>
        <translation>Profil Apple pro iPhone, iPad a&#xa0;Mac</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook profile file (PRF)</source>
        <translation>Soubor profilu Outlooku (PRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR kód pro Thunderbird v&#xa0;Androidu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings as JSON</source>
        <translation>Nastavení ve formátu JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outlook asks for the password the first time it fetches mail; tick Remember password there.</source>
        <translation>Outlook se na heslo zeptá při prvním stahování pošty; zaškrtněte tam „Zapamatovat heslo“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Outlook, open Account Settings, More Settings, Advanced, and set the incoming server&apos;s encryption to STARTTLS (%1).</source>
        <translation>V&#xa0;Outlooku otevřete Nastavení účtu › Další nastavení › Upřesnit a&#xa0;u&#xa0;serveru příchozí pošty (%1) nastavte šifrování na STARTTLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is used without encryption.</source>
        <translation>Server %1 se používá bez šifrování.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line breaks in your name were replaced by spaces: %1.</source>
        <translation>Zalomení řádků ve vašem jméně byla nahrazena mezerami: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name cannot be written in this file, so the address is used instead; you can change it in the mail program.</source>
        <translation>Vaše jméno nejde do tohoto souboru zapsat, proto je místo něj použita adresa; v&#xa0;e-mailovém programu ho můžete změnit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook uses a profile named %1 for this account; an older one is replaced.</source>
        <translation>Outlook bude pro tento účet používat profil s&#xa0;názvem %1; starší profil se stejným názvem se nahradí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is added to Outlook&apos;s profile %1; its other accounts stay.</source>
        <translation>Účet se přidá do profilu Outlooku %1; ostatní účty v&#xa0;něm zůstanou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new Outlook cannot be set up from a file: add the account there yourself by typing the address.</source>
        <translation>Nový Outlook nejde nastavit ze souboru: přidejte účet přímo v&#xa0;něm, stačí zadat adresu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file sets up %1 access; the mail program sets up Exchange by itself.</source>
        <translation>Soubor nastaví přístup přes %1; Exchange si e-mailový program nastaví sám.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot name the usual sign-in method, so %1 is used.</source>
        <translation>Tento soubor neumí zapsat obvyklý způsob ověření, proto se použije jiný: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file contains your password in readable form: send it only over a safe channel and delete it once the account works.</source>
        <translation>Soubor obsahuje vaše heslo v&#xa0;čitelné podobě: posílejte ho jen bezpečnou cestou a&#xa0;po zprovoznění účtu ho smažte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no password; the mail program will ask for it.</source>
        <translation>Soubor neobsahuje heslo; e-mailový program se na něj zeptá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code holds much data: show it large and sharp when you scan it.</source>
        <translation>QR kód obsahuje hodně dat: při skenování ho zobrazte velký a&#xa0;ostrý.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lets mail programs in only through its own sign-in page, which a profile cannot carry, so the profile holds no password: sign in on the device when it asks.</source>
        <translation>%1 pouští e-mailové programy jen přes vlastní přihlašovací stránku, kterou profil nemůže obsahovat, proto v profilu není heslo: přihlaste se na zařízení, až o to požádá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook is starting and takes over the account now.</source>
        <translation>Outlook se spouští a&#xa0;účet právě přebírá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook takes over the account the next time it starts.</source>
        <translation>Outlook účet převezme při příštím spuštění.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is not installed on this computer.</source>
        <translation>Thunderbird není v&#xa0;tomto počítači nainstalovaný.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Thunderbird profile in that folder.</source>
        <translation>V této složce není žádný profil Thunderbirdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program is running. Close it and try again.</source>
        <translation>Program je spuštěný. Zavřete ho a&#xa0;zkuste to znovu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird&apos;s settings file could not be read, so nothing was changed.</source>
        <translation>Soubor s&#xa0;nastavením Thunderbirdu se nepodařilo přečíst, proto se nic nezměnilo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird&apos;s password file could not be read, so nothing was changed.</source>
        <translation>Soubor s&#xa0;hesly Thunderbirdu se nepodařilo přečíst, proto se nic nezměnilo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>The password could not be saved in Thunderbird; it will ask for it.</source>
        <translation>Heslo se do Thunderbirdu nepodařilo uložit; Thunderbird se na něj zeptá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written. Check that the folder is writable.</source>
        <translation>Soubor se nepodařilo zapsat. Zkontrolujte, zda lze do složky zapisovat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an ordinary file is replaced, and this name belongs to a folder, device, pipe or link.</source>
        <translation>Nahrazuje se jen obyčejný soubor a tento název patří složce, zařízení, rouře nebo odkazu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outlook can only be set up on Windows.</source>
        <translation>Outlook lze nastavit jen ve Windows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Klasický Outlook není v&#xa0;tomto počítači nainstalovaný.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Outlook profile file is missing.</source>
        <translation>Soubor profilu Outlooku chybí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook could not take over the account.</source>
        <translation>Outlooku se nepodařilo účet převzít.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server name cannot be written to this file.</source>
        <translation>Název serveru nejde do tohoto souboru zapsat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name cannot be written to this file.</source>
        <translation>Uživatelské jméno nejde do tohoto souboru zapsat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address cannot be written to this file.</source>
        <translation>Adresu nejde do tohoto souboru zapsat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password cannot be written to this file.</source>
        <translation>Heslo nejde do tohoto souboru zapsat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some text cannot be written in this file&apos;s character set.</source>
        <translation>Část textu nejde zapsat ve znakové sadě tohoto souboru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe these servers.</source>
        <translation>Tento typ souboru neumí popsat tyto servery.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe an Exchange-only account.</source>
        <translation>Tento typ souboru neumí popsat účet, který používá jen Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe the server&apos;s sign-in method.</source>
        <translation>Tento typ souboru neumí popsat způsob ověření, který server používá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file type cannot hold an address with non-Latin letters.</source>
        <translation>Do tohoto typu souboru nejde zapsat adresu s&#xa0;diakritikou nebo jinými znaky mimo základní latinku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings are too large for this file type.</source>
        <translation>Nastavení je pro tento typ souboru příliš rozsáhlé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value cannot be written to this file.</source>
        <translation>Jednu z&#xa0;hodnot nejde do tohoto souboru zapsat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is needed for this file.</source>
        <translation>Pro tento soubor je potřeba heslo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value your provider needs is missing.</source>
        <translation>Chybí údaj, který váš poskytovatel vyžaduje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup: no profile file is needed.</source>
        <translation>Outlook přidává účty Outlook.com a Microsoft 365 vlastním nastavením účtů: soubor profilu není potřeba.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thunderbird knows your password and will not ask.</source>
        <translation>Thunderbird vaše heslo zná a&#xa0;nebude se na něj ptát.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird asks for your password the first time; let it remember it.</source>
        <translation>Thunderbird se vás napoprvé zeptá na heslo; nechte ho, ať si ho zapamatuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account needs no password in Thunderbird.</source>
        <translation>Tento účet v&#xa0;Thunderbirdu heslo nepotřebuje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird stores no password for this account: it opens your provider&apos;s sign-in page the first time it connects.</source>
        <translation>Thunderbird pro tento účet neukládá heslo: při prvním připojení otevře přihlašovací stránku vašeho poskytovatele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your Thunderbird passwords are protected by a primary password, so Thunderbird asks for the mail password the first time; let it remember it.</source>
        <translation>Vaše hesla v&#xa0;Thunderbirdu chrání hlavní heslo, proto se vás Thunderbird napoprvé zeptá na heslo k&#xa0;poště; nechte ho, ať si ho zapamatuje.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The sign-in registrations file %1 could not be read.</source>
        <translation>Soubor s registracemi pro přihlášení %1 nelze přečíst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web browser could not be opened for the sign-in at %1.</source>
        <translation>Webový prohlížeč se pro přihlášení u %1 nepodařilo otevřít.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 was refused, so nothing was set up.</source>
        <translation>Přihlášení u %1 bylo odmítnuto, proto se nic nenastavilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in at %1 was not finished in time; the browser may have been closed.</source>
        <translation>Přihlášení u %1 nebylo včas dokončeno; prohlížeč byl možná zavřen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer from the browser did not belong to this sign-in at %1, so it was ignored.</source>
        <translation>Odpověď z prohlížeče nepatřila k tomuto přihlášení u %1, proto byla přeskočena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 did not work.</source>
        <translation>Přihlášení u %1 se nezdařilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 did not answer in time.</source>
        <translation>Přihlašovací služba %1 neodpověděla včas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 could not be reached.</source>
        <translation>Přihlašovací služba %1 není dostupná.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 refused the sign-in; please sign in again.</source>
        <translation>Přihlašovací služba %1 přihlášení odmítla; přihlaste se prosím znovu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please sign in at %1 first.</source>
        <translation>Nejprve se přihlaste u %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 answered in an unexpected way.</source>
        <translation>Přihlašovací služba %1 odpověděla neočekávaným způsobem.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../wizard/ui/pages/welcome.py" line="+181"/>
        <source>Set up your e-mail</source>
        <translation>Nastavte si e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>J&amp;azyk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail &amp;address:</source>
        <translation>Vaše e-&amp;mailová adresa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>jmeno@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-mailová adresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find my provider</source>
        <translation>&amp;Najít svého poskytovatele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a list of providers to search by name, for when you are not sure of your address.</source>
        <translation>Otevře seznam poskytovatelů, ve kterém lze hledat podle názvu, když si nejste jistí adresou.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>&amp;Set up this address anyway</source>
        <translation>&amp;Přesto tuto adresu nastavit</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Search for your provider by its name or domain:</source>
        <translation>&amp;Hledejte poskytovatele podle názvu nebo domény:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Seznam or gmail.com</source>
        <translation>např. Seznam nebo gmail.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Enter or click to pick a provider; its domain goes into the address.</source>
        <translation>Poskytovatele vyberete klávesou Enter nebo kliknutím; jeho doména se doplní do adresy.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Provider: %1, chosen from the list; it hosts your own domain.</source>
        <translation>Poskytovatel: %1, vybraný ze seznamu; spravuje vaši vlastní doménu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>Poskytovatel: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Search providers</source>
        <translation>Hledat poskytovatele</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Type your e-mail address: %1 finds the settings by itself.</source>
        <translation>Zadejte e-mailovou adresu – program %1 nastavení najde sám.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Providers</source>
        <translation>Seznam poskytovatelů</translation>
    </message>
</context>
</TS>
