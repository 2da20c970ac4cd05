<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <location filename="../wizard/ui/widgets.py" line="+50"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <location filename="../wizard/brand/folder.py" line="+198"/>
        <source>%1: &apos;%2&apos; can be &quot;stop&quot; only when &apos;%3&apos; is true.</source>
        <translation>%1: &apos;%2&apos; kan vara &quot;stop&quot; bara när &apos;%3&apos; är true.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is larger than %2 KB.</source>
        <translation>%1 är större än %2 kB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan inte läsas (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 is not valid TOML (%2).</source>
        <translation>%1 är inte giltig TOML (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a known key.</source>
        <translation>%1: &apos;%2&apos; är ingen känd nyckel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a table of its own ([%2]).</source>
        <translation>%1: &apos;%2&apos; måste vara en egen tabell ([%2]).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is missing.</source>
        <translation>%1: &apos;%2&apos; saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; must be text in quotes.</source>
        <translation>%1: &apos;%2&apos; måste vara text inom citattecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>%1: &apos;%2&apos; is empty.</source>
        <translation>%1: &apos;%2&apos; är tom.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1: &apos;%2&apos; is longer than %3 characters.</source>
        <translation>%1: &apos;%2&apos; är längre än %3 tecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../wizard/cli/common.py" line="+94"/>
        <source>%1: &apos;%2&apos; must be one line without control characters.</source>
        <translation>%1: &apos;%2&apos; måste vara en enda rad utan styrtecken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; may hold only lower-case Latin letters, digits and hyphens, and must start with a letter or a digit.</source>
        <translation>%1: &apos;%2&apos; får bara innehålla små latinska bokstäver, siffror och bindestreck och måste börja med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; may hold only Latin letters, digits, dots, hyphens and underscores, and must start with a letter or a digit.</source>
        <translation>%1: &apos;%2&apos; får bara innehålla latinska bokstäver, siffror, punkter, bindestreck och understreck och måste börja med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &apos;%2&apos; must be true or false.</source>
        <translation>%1: &apos;%2&apos; måste vara true eller false.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be one of %3.</source>
        <translation>%1: &apos;%2&apos; måste vara något av %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a list of texts in quotes.</source>
        <translation>%1: &apos;%2&apos; måste vara en lista med texter inom citattecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; may hold only %3.</source>
        <translation>%1: &apos;%2&apos; får bara innehålla %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &apos;%2&apos; must name a path inside the brand folder.</source>
        <translation>%1: &apos;%2&apos; måste ange en sökväg inuti varumärkesmappen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; names %3, which is larger than %4 KB.</source>
        <translation>%1: &apos;%2&apos; anger %3, som är större än %4 kB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; names %3, which cannot be read (%4).</source>
        <translation>%1: &apos;%2&apos; anger %3, som inte kan läsas (%4).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; names %3, which is not a PNG or SVG image (%4).</source>
        <translation>%1: &apos;%2&apos; anger %3, som inte är en PNG- eller SVG-bild (%4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &apos;%2&apos; names %3, which is not a folder.</source>
        <translation>%1: &apos;%2&apos; anger %3, som inte är en mapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds no provider files (*.xml).</source>
        <translation>%1: &apos;%2&apos; anger mappen %3, som inte innehåller några leverantörsfiler (*.xml).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds more than %4 provider files.</source>
        <translation>%1: &apos;%2&apos; anger mappen %3, som innehåller fler än %4 leverantörsfiler.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &apos;%2&apos; names %3, which is not a valid provider file (%4).</source>
        <translation>%1: &apos;%2&apos; anger %3, som inte är en giltig leverantörsfil (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names %3, which lists no domain.</source>
        <translation>%1: &apos;%2&apos; anger %3, där ingen domän anges.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; needs at least one of web, phone and email.</source>
        <translation>%1: &apos;%2&apos; behöver minst en av web, phone och email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an https:// web address.</source>
        <translation>%1: &apos;%2&apos; är ingen https://-webbadress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not a phone number.</source>
        <translation>%1: &apos;%2&apos; är inget telefonnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an e-mail address.</source>
        <translation>%1: &apos;%2&apos; är ingen e-postadress.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; may only hold targets that &apos;%3&apos; offers.</source>
        <translation>%1: &apos;%2&apos; får bara innehålla mål som &apos;%3&apos; erbjuder.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../wizard/ui/certificate.py" line="+74"/>
        <source>Security certificate</source>
        <translation>Säkerhetscertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>Utfärdat till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Utfärdat av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Giltigt från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Giltigt till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingeravtryck (SHA-256):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trust this certificate only if your provider told you to expect it, for example by giving you this fingerprint.</source>
        <translation>Lita bara på certifikatet om din e-postleverantör har förvarnat dig om det, till exempel genom att ge dig det här fingeravtrycket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Lita på det här certifikatet för %1</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../wizard/ui/pages/checking.py" line="+115"/>
        <source>Trying your settings</source>
        <translation>Provar dina inställningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving mail</source>
        <translation>Hämta e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending mail</source>
        <translation>Skicka e-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the &amp;certificate…</source>
        <translation>Visa &amp;certifikatet…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&amp;Type the password again</source>
        <translation>Skriv &amp;lösenordet igen</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Try &amp;again</source>
        <translation>Förs&amp;ök igen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 signs in to receive and to send mail, without sending anything.</source>
        <translation>%1 provar att logga in för att hämta och skicka e-post. Inga meddelanden skickas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hange the settings</source>
        <translation>Ändra &amp;inställningarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No encryption</source>
        <translation>Ingen kryptering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>Kontroll pågår</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Sign &amp;in again</source>
        <translation>&amp;Logga in igen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing in to %1…</source>
        <translation>Loggar in på %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to sign in to %1.</source>
        <translation>Väntar på att logga in på %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers over an encrypted connection and offers your provider&apos;s sign-in.</source>
        <translation>%1 svarar över en krypterad anslutning och erbjuder din leverantörs inloggning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to %1: receiving mail works.</source>
        <translation>Inloggningen på %1 lyckades: det går att hämta e-post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to %1: sending mail works.</source>
        <translation>Inloggningen på %1 lyckades: det går att skicka e-post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was passed over: %2</source>
        <translation>%1 hoppades över: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1:</source>
        <translation>På %1:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What you can do:</source>
        <translation>Det här kan du göra:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation>Servern svarade: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server %1 does not encrypt the connection. Anyone on the network could read your password and your mail.</source>
        <translation>Servern %1 krypterar inte anslutningen. Vem som helst i nätverket skulle kunna läsa ditt lösenord och din e-post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send my password without encryption anyway</source>
        <translation>&amp;Skicka mitt lösenord okrypterat ändå</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../wizard/cli/__init__.py" line="+59"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing: %1</source>
        <translation>saknas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown arguments: %1</source>
        <translation>okända argument: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be %2; choose one of %3</source>
        <translation>%1 kan inte vara %2; välj något av %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value</source>
        <translation>%1 behöver ett värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be %2</source>
        <translation>%1 kan inte vara %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 cannot be used together</source>
        <translation>%1 och %2 kan inte användas tillsammans</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show what happens on standard error (-vv: in more detail)</source>
        <translation>visa vad som händer på standard fel (-vv: mer detaljerat)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; reads as an option; put -- before an address that starts with &apos;-&apos;.</source>
        <translation>”%1” tolkas som ett alternativ; skriv -- före en adress som börjar med ”-”.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please give an e-mail address.</source>
        <translation>Ange en e-postadress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an e-mail address: it needs the form name@example.com.</source>
        <translation>”%1” är ingen e-postadress: den måste ha formen namn@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ in &apos;%1&apos; is not valid.</source>
        <translation>Delen före @ i ”%1” är inte giltig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ in &apos;%1&apos; is not a valid domain name.</source>
        <translation>Domänen efter @ i ”%1” är inte ett giltigt domännamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address &apos;%1&apos; is too long to be an e-mail address.</source>
        <translation>Adressen ”%1” är för lång för att vara en e-postadress.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up an e-mail account: find the server settings, prove them, and write them into Thunderbird or Outlook or a settings file. Without a command the wizard window opens.</source>
        <translation>Ställ in ett e-postkonto: hitta serverinställningarna, kontrollera att de fungerar och lägg in dem i Thunderbird eller Outlook eller spara dem i en inställningsfil. Utan kommando öppnar Mail Wizard sitt fönster.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run as the ISP&apos;s own edition in DIR (its name, providers, language and support contacts); without it, the brand folder in the per-machine config folder, if any</source>
        <translation>kör som leverantörens egen utgåva i DIR (dess namn, e-postleverantörer, språk och supportkontakter); utan den används varumärkesmappen i datorns gemensamma inställningsmapp, om den finns</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>commands</source>
        <translation>kommandon</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>stopped.</source>
        <translation>avbröts.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no graphical display here, so the wizard window cannot open; the commands work without one (see mailwizard --help).</source>
        <translation>det finns ingen grafisk skärm här, så Mail Wizard kan inte öppna sitt fönster; kommandona fungerar utan skärm (se mailwizard --help).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_outlook.py" line="+29"/>
        <source>write the account into classic Outlook for Windows (a .prf profile file)</source>
        <translation>lägg in kontot i klassiska Outlook för Windows (en profilfil, .prf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an Outlook profile file (.prf) for ADDRESS. With --apply (Windows only, Outlook closed) Outlook starts and imports it. Outlook still asks for the password at the first send/receive. Exchange and Microsoft 365 mailboxes need no file: Outlook sets them up from the address.</source>
        <translation>Skapa en profilfil för Outlook (.prf) för ADDRESS. Med --apply (bara i Windows, med Outlook stängt) startar Outlook och importerar filen. Outlook frågar ändå efter lösenordet första gången programmet skickar och tar emot e-post. Exchange- och Microsoft 365-postlådor behöver ingen fil: Outlook ställer in dem utifrån adressen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where to save the .prf file</source>
        <translation>var .prf-filen ska sparas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand the file to Outlook now</source>
        <translation>lämna över filen till Outlook direkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>character set of the file (default: the Windows ANSI code page, cp1252 elsewhere)</source>
        <translation>filens teckenuppsättning (standard: ANSI-kodsidan i Windows, cp1252 på andra system)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add the account to Outlook&apos;s default profile instead of a profile of its own</source>
        <translation>lägg till kontot i Outlooks standardprofil i stället för i en egen profil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a character set for a profile file; use a code page such as cp1252.</source>
        <translation>”%1” är ingen teckenuppsättning för en profilfil; ange en teckentabell som cp1252.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved the Outlook profile file for %1 to %2.</source>
        <translation>Outlook-profilfilen för %1 har sparats som %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To use it, close Outlook and run: outlook.exe /importprf &quot;%1&quot; (or run this command again with --apply on Windows).</source>
        <translation>Om du vill använda den stänger du Outlook och kör: outlook.exe /importprf &quot;%1&quot; (eller kör det här kommandot igen med --apply i Windows).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page, so no profile file was written: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook lägger till Outlook.com- och Microsoft 365-konton med sin egen kontoinställning, som öppnar Microsofts inloggningssida, så ingen profilfil skrevs: välj Arkiv och sedan Lägg till konto i Outlook och skriv %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlook sets up this Exchange (Business Mail, Microsoft 365) account itself: in Outlook choose File, Add Account, type %1 and then your password; Outlook finds the server through Autodiscover.</source>
        <translation>Outlook ställer själv in det här Exchange-kontot (Business Mail, Microsoft 365): välj ”Arkiv” och ”Lägg till konto” i Outlook, skriv %1 och sedan ditt lösenord. Outlook hittar servern via Autodiscover.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If Outlook asks for a user name, type %1.</source>
        <translation>Om Outlook frågar efter ett användarnamn skriver du %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Outlook asks for a server, type %1.</source>
        <translation>Om Outlook frågar efter en server skriver du %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+46"/>
        <source>write the account into a Thunderbird profile</source>
        <translation>lägg in kontot i en Thunderbird-profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (or update) the account for ADDRESS in Thunderbird&apos;s profile, with its password when given, so that Thunderbird starts with a working account. Thunderbird must be closed.</source>
        <translation>Lägg till (eller uppdatera) kontot för ADDRESS i Thunderbird-profilen, med lösenordet om det har angetts, så att Thunderbird startar med ett fungerande konto. Thunderbird måste vara stängt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the profile folder (default: the profile Thunderbird opens)</source>
        <translation>profilmappen (standard: profilen som Thunderbird öppnar)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+68"/>
        <location filename="../wizard/cli/commands/export.py" line="+60"/>
        <source>read the password from the first line of standard input</source>
        <translation>läs lösenordet från första raden i standardindata</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+5"/>
        <location filename="../wizard/cli/common.py" line="-53"/>
        <source>your name as others see it</source>
        <translation>ditt namn som andra ska se det</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trust this PEM/DER certificate (e.g. a private CA); repeatable</source>
        <translation>lita på det här PEM/DER-certifikatet (t.ex. från en privat certifikatutfärdare); kan anges flera gånger</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-17"/>
        <source>use settings nobody vouches for (from plain http, SRV records, a redirect or another domain): they get the password and are written</source>
        <translation>använd inställningar som ingen kan garantera (från okrypterad http, SRV-poster, en omdirigering eller en annan domän): de får lösenordet och skrivs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sign in with the provider in the web browser (OAuth2) instead of a password; the sign-in is kept in the system keyring only</source>
        <translation>logga in hos leverantören i webbläsaren (OAuth2) i stället för med lösenord; inloggningen sparas bara i systemets lösenordslagring</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>with --oauth: how long to wait for the sign-in in the browser (default 300)</source>
        <translation>med --oauth: hur länge inloggningen i webbläsaren får ta (standard 300)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sign-in-timeout needs a number of seconds between 0 and 3600.</source>
        <translation>--sign-in-timeout kräver ett antal sekunder mellan 0 och 3600.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The settings for %1 are incomplete: %2.</source>
        <translation>Inställningarna för %1 är ofullständiga: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 signs you in on its own page: run verify or write with --oauth to sign in in your web browser.</source>
        <translation>%1 loggar in dig på sin egen sida: kör verify eller write med --oauth för att logga in i webbläsaren.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The provider needs a value for %1: add %1 = &quot;VALUE&quot; under [fields] in the preset.</source>
        <translation>E-postleverantören behöver ett värde för %1: lägg till %1 = &quot;VALUE&quot; under [fields] i förinställningsfilen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody vouches for the settings found for %1 (they point to %2), so nothing was sent or written; add %3 to use them anyway.</source>
        <translation>Ingen kan garantera inställningarna som hittades för %1 (de pekar på %2), så inget skickades eller skrevs; lägg till %3 om du ändå vill använda dem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not encrypt the connection, so the password was not sent and nothing was written; add %2 to allow it.</source>
        <translation>%1 krypterar inte anslutningen, så lösenordet skickades inte och inget skrevs; lägg till %2 för att tillåta det.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The servers for %1 do not take the provider&apos;s sign-in; use --password-stdin instead.</source>
        <translation>Servrarna för %1 tar inte emot leverantörens inloggning; använd --password-stdin i stället.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Proven and written: %1 %2 (%3).</source>
        <translation>Kontrollerat och skrivet: %1 %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+202"/>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Det går inte att läsa filen %1 (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+17"/>
        <source>The file %1 holds no certificate.</source>
        <translation>Filen %1 innehåller inget certifikat.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Added the account %1 in the Thunderbird profile %2.</source>
        <translation>Kontot %1 har lagts till i Thunderbird-profilen %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated the account %1 in the Thunderbird profile %2.</source>
        <translation>Kontot %1 har uppdaterats i Thunderbird-profilen %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new outgoing (SMTP) server was added.</source>
        <translation>En ny utgående server (SMTP) har lagts till.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The existing outgoing (SMTP) server is used.</source>
        <translation>Den befintliga utgående servern (SMTP) används.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate for %1:%2 is now trusted.</source>
        <translation>Nu litar Thunderbird på certifikatet för %1:%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate for %1:%2 could not be stored (%3); Thunderbird will ask about it.</source>
        <translation>Certifikatet för %1:%2 kunde inte sparas (%3), så Thunderbird kommer att fråga om det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous settings were saved as %1.</source>
        <translation>De tidigare inställningarna har sparats som %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+30"/>
        <source>%1 belongs to %2, not to the address&apos;s domain</source>
        <translation>%1 tillhör %2, inte adressens domän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came over plain http (%1) and may be forged</source>
        <translation>inställningarna hämtades över okrypterad http (%1) och kan vara förfalskade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings come from DNS records nobody vouches for</source>
        <translation>inställningarna kommer från DNS-poster som ingen kan garantera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came through a redirect to %2 (%1)</source>
        <translation>inställningarna hämtades via en omdirigering till %2 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not encrypt the connection</source>
        <translation>%1 krypterar inte anslutningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is given by its IP address, so nobody can tell whose server it is</source>
        <translation>%1 anges med sin IP-adress, så ingen kan säga vems server det är</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find the server settings for an e-mail address</source>
        <translation>hitta serverinställningarna för en e-postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the incoming and outgoing server settings for ADDRESS: the bundled provider list first, then the provider&apos;s autoconfig, the Thunderbird ISPDB, MX, SRV and Autodiscover records, and finally the likely servers themselves.</source>
        <translation>Hitta inställningarna för inkommande och utgående server för ADDRESS: först i den inbyggda leverantörslistan, sedan i e-postleverantörens autoconfig, Thunderbirds ISPDB och MX-, SRV- och Autodiscover-posterna, och till sist genom att fråga de troliga servrarna själva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../wizard/cli/commands/verify.py" line="+76"/>
        <source>print a clientConfig file (for --config FILE)</source>
        <translation>skriv ut en clientConfig-fil (för --config FILE)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-276"/>
        <location filename="../wizard/cli/commands/detect.py" line="+2"/>
        <source>show every step on stderr</source>
        <translation>visa varje steg på stderr</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+7"/>
        <source>give up after this many seconds (default 15)</source>
        <translation>avbryt sökningen efter så här många sekunder (standard: 15)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+46"/>
        <source>also read the clientConfig files in DIR (they take precedence); repeatable</source>
        <translation>läs även clientConfig-filerna i DIR (de har företräde); kan anges flera gånger</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+14"/>
        <location filename="../wizard/cli/commands/verify.py" line="+26"/>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>--timeout kräver ett antal sekunder mellan 0 och 600.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+15"/>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+23"/>
        <source>%2 could not search for the settings of %1: no name server answered, so this computer seems to be offline.</source>
        <translation>%2 kunde inte söka efter inställningarna för %1: ingen namnserver svarade, så datorn verkar inte vara ansluten till internet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No settings were found for %1 within %2 seconds.</source>
        <translation>Inga inställningar för %1 hittades inom %2 sekunder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No settings were found for %1 in the provider list.</source>
        <translation>Inga inställningar för %1 hittades i leverantörslistan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found for %1 anywhere.</source>
        <translation>Inga inställningar för %1 hittades någonstans.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2, found in: %3.</source>
        <translation>%1: %2, källa: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: found in: %2.</source>
        <translation>%1: källa: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>inkommande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing</source>
        <translation>utgående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user %1</source>
        <translation>användare %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check before use:</source>
        <translation>Kontrollera före användning:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nobody vouches for these settings</source>
        <translation>ingen kan garantera de här inställningarna</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="-28"/>
        <source>save the settings as a file for another device or program</source>
        <translation>spara inställningarna som en fil för en annan enhet eller ett annat program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings of ADDRESS as a file: an autoconfig XML document, an Outlook profile (.prf), an Apple profile (.mobileconfig), a QR code that Thunderbird for Android scans (PNG, or SVG when FILE ends in .svg), or JSON. Without --config the settings are detected first.</source>
        <translation>Spara inställningarna för ADDRESS som en fil: ett XML-dokument för autoconfig, en Outlook-profil (.prf), en Apple-profil (.mobileconfig), en QR-kod som Thunderbird för Android kan skanna (PNG, eller SVG om FILE slutar på .svg) eller JSON. Utan --config letar Mail Wizard först upp inställningarna.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the kind of file</source>
        <translation>filtypen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to write</source>
        <translation>filen som ska sparas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put the password into the file (mobileconfig and qr only; needs --password-stdin)</source>
        <translation>ta med lösenordet i filen (bara mobileconfig och qr; kräver --password-stdin)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+213"/>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>The provider needs a value for %1: add --field %1=VALUE.</source>
        <translation>E-postleverantören behöver ett värde för %1: lägg till --field %1=VALUE.</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../wizard/cli/commands/export.py" line="+8"/>
        <source>Note: %1</source>
        <translation>Obs: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>--include-password needs the password on standard input: add --password-stdin.</source>
        <translation>--include-password kräver att lösenordet ges via standardindata: lägg till --password-stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 file cannot hold a password; leave out --include-password.</source>
        <translation>En %1-fil kan inte innehålla något lösenord; ta bort --include-password.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the %1 settings for %2 to %3.</source>
        <translation>Inställningarna för %2 har sparats som %3 (format: %1).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="-40"/>
        <source>list or search the bundled provider list</source>
        <translation>visa eller sök i den inbyggda leverantörslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the providers the wizard knows, or those matching QUERY (name or domain; case and accents do not matter).</source>
        <translation>Visa de e-postleverantörer som Mail Wizard känner till, eller de som matchar QUERY (namn eller domän; stora och små bokstäver och accenter spelar ingen roll).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>part of a provider&apos;s name or domain</source>
        <translation>en del av en e-postleverantörs namn eller domän</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the list as JSON</source>
        <translation>skriv ut listan som JSON</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No provider matches &apos;%1&apos;.</source>
        <translation>Ingen e-postleverantör matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+87"/>
        <source>set up an account unattended, as a preset file says</source>
        <translation>ställ in ett konto automatiskt enligt en förinställningsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect (or read) the settings, log in to prove them and write the account into the clients and files the preset names, without asking anything. The preset is a TOML file; see the documentation of this command for its keys.</source>
        <translation>Hitta (eller läs in) inställningarna, logga in för att kontrollera att de fungerar och lägg in kontot i de e-postprogram och filer som förinställningen anger, utan att fråga något. Förinställningen är en TOML-fil; nycklarna beskrivs i dokumentationen för det här kommandot.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the preset file (TOML)</source>
        <translation>förinställningsfilen (TOML)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preset %1 is not valid TOML (%2).</source>
        <translation>Förinställningen %1 är inte giltig TOML (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+20"/>
        <source>The preset %1 has unknown keys: %2.</source>
        <translation>Förinställningen %1 har okända nycklar: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+12"/>
        <source>The preset %1 needs address = &quot;name@example.com&quot;.</source>
        <translation>Förinställningen %1 behöver address = &quot;name@example.com&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset never holds the password itself: write password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; or &quot;none&quot;.</source>
        <translation>En förinställning innehåller aldrig själva lösenordet: skriv password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; eller &quot;none&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each [[export]] needs format = one of %1 and output = &quot;FILE&quot;.</source>
        <translation>Varje [[export]] behöver format = något av %1 och output = &quot;FILE&quot;.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+51"/>
        <location filename="../wizard/cli/common.py" line="+7"/>
        <location line="+9"/>
        <source>The preset %1 has a value of the wrong kind (%2).</source>
        <translation>Förinställningen %1 har ett värde av fel typ (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keyring holds no password for %1.</source>
        <translation>Systemets lösenordslagring innehåller inget lösenord för %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment variable %1 holds no password.</source>
        <translation>Miljövariabeln %1 innehåller inget lösenord.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>protocol must be &quot;imap&quot;, &quot;pop3&quot; or &quot;exchange&quot;.</source>
        <translation>protocol måste vara &quot;imap&quot;, &quot;pop3&quot; eller &quot;exchange&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preset names nothing to write: add [thunderbird], [outlook] or [[export]].</source>
        <translation>Förinställningen anger inget att skriva till: lägg till [thunderbird], [outlook] eller [[export]].</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Settings for %1: %2 %3, SMTP %4 (found in: %5).</source>
        <translation>Inställningar för %1: %2 %3, SMTP %4 (källa: %5).</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>verify = true needs a password; set password or verify = false.</source>
        <translation>verify = true kräver ett lösenord; ange password eller verify = false.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The password in the environment variable %1 is not valid text in the system&apos;s character set.</source>
        <translation>Lösenordet i miljövariabeln %1 är ingen giltig text i systemets teckenuppsättning.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Lösenordet har sparats i systemets lösenordslagring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be kept in the system keyring (%1).</source>
        <translation>Lösenordet kunde inte sparas i systemets lösenordslagring (%1).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming server: %1</source>
        <translation>Inkommande server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server: %1</source>
        <translation>Utgående server: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>fungerar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings do not work, so nothing was written.</source>
        <translation>Inställningarna fungerar inte, så ingenting har sparats.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thunderbird: added the account in %1.</source>
        <translation>Thunderbird: kontot har lagts till i %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thunderbird: updated the account in %1.</source>
        <translation>Thunderbird: kontot har uppdaterats i %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outlook: saved %1.</source>
        <translation>Outlook: %1 har sparats.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: saved %2.</source>
        <translation>%1: %2 har sparats.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="-52"/>
        <source>log in with the settings to prove they work (sends no mail)</source>
        <translation>logga in med inställningarna för att kontrollera att de fungerar (skickar ingen e-post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the incoming server (IMAP or POP3) and authenticate to the outgoing server (SMTP) of ADDRESS, without sending mail. Settings come from --config FILE, else they are detected. Exit status 0 only when both directions work.</source>
        <translation>Logga in på den inkommande servern (IMAP eller POP3) och autentisera mot den utgående servern (SMTP) för ADDRESS, utan att skicka e-post. Inställningarna hämtas från --config FILE, annars letas de upp automatiskt. Avslutningskoden är 0 bara om både hämtning och sändning fungerar.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-124"/>
        <source>allow sending the password to these servers without encryption when they offer none (dangerous)</source>
        <translation>tillåt att lösenordet skickas okrypterat till de här servrarna om de inte erbjuder kryptering (farligt)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="+16"/>
        <source>accept a server certificate with this SHA-256 fingerprint (as printed after a certificate failure) and remember it for that server; repeatable</source>
        <translation>godkänn ett servercertifikat med det här SHA-256-fingeravtrycket (som det skrivs ut efter ett certifikatfel) och kom ihåg det för den servern; kan anges flera gånger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>which kind of incoming server to check (default: the preferred one)</source>
        <translation>vilken typ av inkommande server som ska kontrolleras (standard: den föredragna)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give up on a server after this long (default 60)</source>
        <translation>avbryt försöket mot en server efter så här många sekunder (standard: 60)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--trust-certificate needs a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>--trust-certificate kräver ett SHA-256-fingeravtryck (64 hexadecimala siffror).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no encryption</source>
        <translation>ingen kryptering</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incoming: %1</source>
        <translation>Inkommande: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing: %1</source>
        <translation>Utgående: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3), user %4</source>
        <translation>%1 %2 (%3), användare %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passed over: %1 (%2).</source>
        <translation>Hoppades över: %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: answers over %1 and offers the sign-in (checked without signing in).</source>
        <translation>OK: svarar (%1) och erbjuder inloggning (kontrollerat utan att logga in).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: authenticated over %1.</source>
        <translation>OK: autentiserad (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: logged in over %1.</source>
        <translation>OK: inloggad (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the server offered %1, so it was used instead.</source>
        <translation>Obs: servern erbjöd %1, som användes i stället.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the server wants the user name &apos;%1&apos;.</source>
        <translation>Obs: servern vill ha användarnamnet ”%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the certificate %1 was trusted.</source>
        <translation>Obs: certifikatet %1 godkändes som pålitligt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED: %1</source>
        <translation>MISSLYCKADES: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>Tips: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Certifikat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued by %1</source>
        <translation>utfärdat av %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid from %1 to %2</source>
        <translation>giltigt från %1 till %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To trust exactly this certificate for this server, run again with --trust-certificate %1</source>
        <translation>Om du vill lita på just det här certifikatet för den här servern kör du kommandot igen med --trust-certificate %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To send the password without encryption anyway, add --allow-plaintext.</source>
        <translation>Om du ändå vill skicka lösenordet okrypterat lägger du till --allow-plaintext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both directions work.</source>
        <translation>Både hämtning och sändning fungerar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings do not work yet.</source>
        <translation>Inställningarna fungerar inte än.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is Caps Lock on? The password looks as if it was typed in capitals.</source>
        <translation>Är Caps Lock på? Lösenordet ser ut att ha skrivits med stora bokstäver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password contains Cyrillic letters: is the keyboard layout right?</source>
        <translation>Lösenordet innehåller kyrilliska bokstäver. Är rätt tangentbordslayout vald?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider has rules for passwords in mail programs; see its notes.</source>
        <translation>E-postleverantören har regler för lösenord i e-postprogram. Läs leverantörens anvisningar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the full address, or only the part before the @, as the user name.</source>
        <translation>Prova hela e-postadressen, eller bara delen före @, som användarnamn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider may require an app password for mail programs.</source>
        <translation>E-postleverantören kan kräva ett applösenord för e-postprogram.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/write.py" line="+23"/>
        <source>write an account into Thunderbird or Outlook</source>
        <translation>lägg in ett konto i Thunderbird eller Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the settings for an address into a mail client.</source>
        <translation>Lägg in inställningarna för en adress i ett e-postprogram.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mail clients</source>
        <translation>e-postprogram</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="-101"/>
        <location filename="../wizard/cli/common.py" line="-232"/>
        <source>which kind of incoming server to use (default: the preferred one)</source>
        <translation>vilken typ av inkommande server som ska användas (standard: den föredragna)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+6"/>
        <source>use the settings in this clientConfig XML file (as printed by &apos;detect --xml&apos;) instead of detecting them</source>
        <translation>använd inställningarna i den här XML-filen i clientConfig-format (som ”detect --xml” skriver ut) i stället för att leta upp dem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a value the provider asks for, such as --field USERNAME=abc123 (repeatable)</source>
        <translation>ett värde som e-postleverantören frågar efter, t.ex. --field USERNAME=abc123 (kan anges flera gånger)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the e-mail address</source>
        <translation>e-postadressen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the result as JSON</source>
        <translation>skriv ut resultatet som JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the bundled provider list only</source>
        <translation>använd bara den inbyggda leverantörslistan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--field needs the form KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--field kräver formen KEY=VALUE, inte ”%1”.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The password on standard input is not valid text in the system&apos;s character set.</source>
        <translation>Lösenordet på standard in är ingen giltig text i systemets teckenuppsättning.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password was given on standard input.</source>
        <translation>Inget lösenord angavs via standardindata.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An unexpected error stopped the command (%1); the details are in %2.</source>
        <translation>Ett oväntat fel stoppade kommandot (%1); detaljerna finns i %2.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&apos;%1&apos; is not valid text: it holds bytes the system&apos;s character set cannot read.</source>
        <translation>”%1” är ingen giltig text: den innehåller byte som systemets teckenuppsättning inte kan läsa.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is larger than %2 MB, so it was not read.</source>
        <translation>Filen %1 är större än %2 MB och lästes därför inte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preset %1 has a NUL character in %2, which no mail program accepts.</source>
        <translation>Förinställningen %1 har ett NUL-tecken i %2, vilket inget e-postprogram godtar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings file %1 cannot be used (%2).</source>
        <translation>Inställningsfilen %1 kan inte användas (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+221"/>
        <source>No settings were found for %1; give them with --config FILE.</source>
        <translation>Inga inställningar för %1 hittades; ange dem med --config FILE.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+51"/>
        <location filename="../wizard/cli/commands/run.py" line="-53"/>
        <location filename="../wizard/cli/commands/verify.py" line="-127"/>
        <source>The settings have no IMAP or POP3 incoming server.</source>
        <translation>Inställningarna har ingen inkommande IMAP- eller POP3-server.</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../wizard/ui/pages/detect.py" line="+94"/>
        <source>Finding your settings</source>
        <translation>Söker efter dina inställningar</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>%1 asks several places at once. This takes a few seconds.</source>
        <translation>%1 frågar på flera ställen samtidigt. Det tar några sekunder.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Where %1 is looking:</source>
        <translation>Här letar %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources asked</source>
        <translation>Tillfrågade källor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Sökning pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop searching</source>
        <translation>&amp;Sluta söka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;again</source>
        <translation>Sök &amp;igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter the settings myself</source>
        <translation>&amp;Ange inställningarna själv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct the address</source>
        <translation>&amp;Rätta adressen</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>The search has ended; the list shows what each place answered.</source>
        <translation>Sökningen är klar: listan visar vad varje ställe svarade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found the settings for %1.</source>
        <translation>Inställningarna för %1 hittades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found. Click Next to enter them yourself.</source>
        <translation>Inga inställningar hittades. Klicka på ”Nästa” för att ange dem själv.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../wizard/ui/pages/done.py" line="+46"/>
        <source>All set</source>
        <translation>Allt är klart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here is what %1 did.</source>
        <translation>Det här har %1 gjort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Thunderbird</source>
        <translation>&amp;Öppna Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left for you to do:</source>
        <translation>Det här behöver du göra själv:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was added to Thunderbird (profile %2).</source>
        <translation>%1 har lagts till i Thunderbird (profil %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The previous settings are kept as a copy in %1.</source>
        <translation>En kopia av de tidigare inställningarna finns i mappen %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was handed to Outlook.</source>
        <translation>%1 har lämnats över till Outlook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file was saved as %1.</source>
        <translation>Inställningsfilen har sparats som %1.</translation>
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
        <translation>Lösenordet har sparats i systemets lösenordslagring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password could not be kept in the system&apos;s password store.</source>
        <translation>Lösenordet kunde inte sparas i systemets lösenordslagring.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your settings work; nothing was written.</source>
        <translation>Dina inställningar fungerar, men ingenting har sparats.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../wizard/ui/errors.py" line="+97"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ran into a problem it did not expect. Your settings were not changed by it. If it happens again, copy the diagnostic report and send it to your support; it does not contain your password.</source>
        <translation>%1 stötte på ett oväntat problem. Problemet har inte ändrat dina inställningar. Om det händer igen kan du kopiera diagnostikrapporten och skicka den till din support. Rapporten innehåller inte ditt lösenord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy diagnostic report</source>
        <translation>&amp;Kopiera diagnostikrapporten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
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
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Close %1?</source>
        <translation>Stäng %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you close %1 now, what you have typed is lost.</source>
        <translation>Om du stänger %1 nu går det du har skrivit förlorat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Fortsätt</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <location filename="../wizard/oauth/loopback.py" line="+30"/>
        <source>You are signed in. You can close this page and go back to %1.</source>
        <translation>Du är inloggad. Du kan stänga den här sidan och gå tillbaka till %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was refused. You can close this page and go back to %1.</source>
        <translation>Inloggningen nekades. Du kan stänga den här sidan och gå tillbaka till %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not work. You can close this page and go back to %1.</source>
        <translation>Inloggningen misslyckades. Du kan stänga den här sidan och gå tillbaka till %1.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../wizard/ui/pages/base.py" line="+112"/>
        <source>Something went wrong. The diagnostic report has the details.</source>
        <translation>Något gick fel. Mer information finns i diagnostikrapporten.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../wizard/ui/pages/password.py" line="+240"/>
        <source>Your name and password</source>
        <translation>Ditt namn och lösenord</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Your na&amp;me:</source>
        <translation>Ditt na&amp;mn:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 has rules for this password: read them below first.</source>
        <translation>%1 har regler för det här lösenordet: läs dem nedan först.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is the one you use to sign in to your mail.</source>
        <translation>Det är samma lösenord som du använder för att logga in på din e-post.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>As others will see it, e.g. Anna Berg</source>
        <translation>Som andra ska se det, t.ex. Anna Berg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in the system&apos;s password store</source>
        <translation>&amp;Kom ihåg lösenordet i systemets lösenordslagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the sign-in</source>
        <translation>Väntar på inloggningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password instead</source>
        <translation>Använd ett &amp;applösenord i stället</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sign in with %1</source>
        <translation>Logga in med %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is needed for %1: you sign in on its own page.</source>
        <translation>Inget lösenord behövs för %1: du loggar in på leverantörens egen sida.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the password</source>
        <translation>Dölj lösenordet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Visa lösenordet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock verkar vara på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains Cyrillic letters. Check the keyboard layout if your password does not.</source>
        <translation>Lösenordet innehåller kyrilliska bokstäver. Om ditt lösenord inte innehåller sådana bokstäver, kontrollera tangentbordslayouten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What %1 says:</source>
        <translation>Det här säger %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you continue: %1</source>
        <translation>Innan du fortsätter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the password: %1</source>
        <translation>Om lösenordet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information</source>
        <translation>Mer information</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Sign in with %1 &amp;instead</source>
        <translation>Logga &amp;in med %1 i stället</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Logga in med %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thunderbird opens the sign-in page of %1 at its first start, so no password is needed here. %2 checks the servers without signing in.</source>
        <translation>Thunderbird öppnar inloggningssidan för %1 första gången det startar, så här behövs inget lösenord. %2 kontrollerar servrarna utan att logga in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 signs you in on its own page. %2 opens it in your web browser; come back here when you are done.</source>
        <translation>%1 loggar in dig på sin egen sida. %2 öppnar den i din webbläsare; kom tillbaka hit när du är klar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You are signed in. %1 checks your settings with this sign-in; Thunderbird asks you to sign in once more at its first start.</source>
        <translation>Du är inloggad. %1 kontrollerar inställningarna med den här inloggningen; Thunderbird ber dig logga in en gång till första gången det startar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search found that the mail of %1 is at %2, which signs you in on its own page.</source>
        <translation>Sökningen visade att e-posten för %1 finns hos %2, som loggar in dig på sin egen sida.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This computer has no password store that %1 can use, so the password will not be remembered here.</source>
        <translation>Den här datorn har ingen lösenordslagring som %1 kan använda, så lösenordet sparas inte här.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Waiting for you to sign in in the web browser…</source>
        <translation>Väntar på att du loggar in i webbläsaren…</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>J&amp;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../wizard/ui/pages/review.py" line="+259"/>
        <source>Your settings</source>
        <translation>Dina inställningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you want to read your mail?</source>
        <translation>Hur vill du läsa din e-post?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my mail on the server (IMAP, recommended)</source>
        <translation>Behåll min e-post på &amp;servern (IMAP, rekommenderas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download my mail to this computer (POP3)</source>
        <translation>&amp;Hämta min e-post till den här datorn (POP3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With IMAP every device sees the same mail and folders; POP3 downloads new mail to this computer and by default keeps a copy on the server.</source>
        <translation>Med IMAP ser alla dina enheter samma e-post och mappar. Med POP3 hämtas ny e-post till den här datorn, och som standard lämnas en kopia på servern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit the settings myself</source>
        <translation>&amp;Ändra inställningarna själv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming mail</source>
        <translation>Inkommande e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Utgående e-post (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the settings that were found</source>
        <translation>Använd inställningarna som hittades</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Type the settings from your provider&apos;s help page. %1 tries them when you click Next.</source>
        <translation>Skriv in inställningarna från din e-postleverantörs hjälpsida. %1 provar dem när du klickar på ”Nästa”.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type your server settings. Next, %1 will try them.</source>
        <translation>Skriv in serverinställningarna. Sedan provar %1 dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check what was found. Next, %1 will try them.</source>
        <translation>Kontrollera det som hittades. Sedan provar %1 inställningarna.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>These are the settings for %1.</source>
        <translation>Det här är inställningarna för %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in: %1 (%2).</source>
        <translation>Källa: %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Din e-post skickas som &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;, without a name.</source>
        <translation>Din e-post skickas som &lt;b&gt;%1&lt;/b&gt;, utan namn.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your domain handed the search on to %1, and these settings came from there. Compare them with your provider&apos;s help page.</source>
        <translation>Din domän lämnade över sökningen till %1, och inställningarna kom därifrån. Jämför dem med din e-postleverantörs hjälpsida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings came over an unencrypted connection, so someone could have changed them on the way. Compare them with your provider&apos;s help page.</source>
        <translation>De här inställningarna hämtades över en okrypterad anslutning, så någon kan ha ändrat dem på vägen. Jämför dem med din e-postleverantörs hjälpsida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings &amp;match what my provider says</source>
        <translation>Inställningarna &amp;stämmer med vad min e-postleverantör anger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server %1 is given by its IP address, so nobody can tell whose server it is. Use it only if you expect that.</source>
        <translation>Servern %1 anges med sin IP-adress, så ingen kan säga vems den är. Använd den bara om du väntade dig det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;trust the server %1 with my mail</source>
        <translation>Jag &amp;litar på servern %1 med min e-post</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 does not belong to your provider but to %2. Use it only if you expect that.</source>
        <translation>Servern %1 tillhör inte din e-postleverantör utan %2. Använd den bara om du vet att det ska vara så.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;trust %1 with my mail</source>
        <translation>Jag &amp;litar på att %1 hanterar min e-post</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody vouches for these settings; they were worked out by trying.</source>
        <translation>Ingen kan garantera de här inställningarna – de har tagits fram genom att prova.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server does not encrypt the connection: others could read your mail.</source>
        <translation>En av servrarna krypterar inte anslutningen, så andra skulle kunna läsa din e-post.</translation>
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
        <translation>Kryptering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: type of server</source>
        <translation>%1: servertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: server name</source>
        <translation>%1: servernamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: port</source>
        <translation>%1: port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: encryption</source>
        <translation>%1: kryptering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: user name</source>
        <translation>%1: användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sign-in method</source>
        <translation>%1: inloggningsmetod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. mail.example.com</source>
        <translation>t.ex. mail.example.com</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../wizard/ui/support.py" line="+31"/>
        <source>Your provider&apos;s support can help:</source>
        <translation>Din e-postleverantörs support kan hjälpa dig:</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../wizard/ui/pages/targets.py" line="+133"/>
        <source>Where to set it up</source>
        <translation>Var ska kontot ställas in?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings work. Choose where to use them.</source>
        <translation>Dina inställningar fungerar. Välj var du vill använda dem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Thunderbird</source>
        <translation>Lägg till kontot i &amp;Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird profile</source>
        <translation>Thunderbird-profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Outlook</source>
        <translation>Lägg till kontot i &amp;Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a settings file for another device or program</source>
        <translation>&amp;Spara en inställningsfil för en annan enhet eller ett annat program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Filtyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of settings file</source>
        <translation>Typ av inställningsfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>Sp&amp;ara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Include the password (keep the file private)</source>
        <translation>Ta &amp;med lösenordet (dela inte filen med andra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR-kod för Thunderbird på Android</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(open in Thunderbird)</source>
        <translation>(öppen i Thunderbird)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Thunderbird was not found on this computer. Install it and start it once, then click Check again.</source>
        <translation>Thunderbird hittades inte på den här datorn. Installera programmet och starta det en gång. Klicka sedan på ”Kontrollera igen”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is open. Close it, then click Check again.</source>
        <translation>Thunderbird är öppet. Stäng programmet och klicka sedan på ”Kontrollera igen”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Klassiska Outlook är inte installerat på den här datorn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook lägger till Outlook.com- och Microsoft 365-konton med sin egen kontoinställning, som öppnar Microsofts inloggningssida: välj Arkiv och sedan Lägg till konto i Outlook och skriv %1.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Save the settings file</source>
        <translation>Spara inställningsfilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../wizard/texts.py" line="+66"/>
        <source>This is not a complete e-mail address yet.</source>
        <translation>Det här är inte en fullständig e-postadress än.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This setup is for addresses at %1.</source>
        <translation>Det här programmet är till för adresser hos %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password of this address.</source>
        <translation>Skriv lösenordet för den här adressen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 first, or use an app password instead.</source>
        <translation>Logga först in med %1, eller använd ett applösenord i stället.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider also needs: %1.</source>
        <translation>Din e-postleverantör behöver också: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: type it on one line, without tabs or other control characters.</source>
        <translation>%1: skriv det på en enda rad, utan tabbar eller andra styrtecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started yet.</source>
        <translation>Har inte startat än.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No settings were found for this address. Enter them yourself; your provider&apos;s help pages list them.</source>
        <translation>Inga inställningar hittades för den här adressen. Ange dem själv – du hittar dem på din e-postleverantörs hjälpsidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search for the settings failed. Try again, or enter them yourself.</source>
        <translation>Sökningen efter inställningarna misslyckades. Försök igen eller ange dem själv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search was stopped. Search again, or enter the settings yourself.</source>
        <translation>Sökningen avbröts. Sök igen eller ange inställningarna själv.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no servers to use yet. Enter them yourself.</source>
        <translation>Det finns inga servrar att använda än. Ange dem själv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the highlighted field.</source>
        <translation>Kontrollera det markerade fältet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that you trust %1 with your mail before you continue.</source>
        <translation>Bekräfta att du litar på att %1 hanterar din e-post innan du fortsätter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that these settings are your provider&apos;s before you continue.</source>
        <translation>Bekräfta att inställningarna kommer från din e-postleverantör innan du fortsätter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 does not encrypt the connection. Decide whether to use it.</source>
        <translation>Servern %1 krypterar inte anslutningen. Bestäm om du vill använda den ändå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings do not work yet. See what to do above.</source>
        <translation>Inställningarna fungerar inte än. Se ovan vad du kan göra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check itself failed unexpectedly. Try again.</source>
        <translation>Själva kontrollen misslyckades oväntat. Försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one place.</source>
        <translation>Välj minst ett ställe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a Thunderbird profile.</source>
        <translation>Välj en Thunderbird-profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird is running. Close it, then click Check again.</source>
        <translation>Thunderbird är igång. Stäng programmet och klicka sedan på ”Kontrollera igen”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the settings file first, or untick that choice.</source>
        <translation>Spara inställningsfilen först eller avmarkera det valet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incoming server&apos;s name is not valid.</source>
        <translation>Namnet på den inkommande servern är inte giltigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming port must be 1 to 65535.</source>
        <translation>Porten för den inkommande servern måste vara mellan 1 och 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for incoming mail.</source>
        <translation>Skriv användarnamnet för inkommande e-post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing server&apos;s name is not valid.</source>
        <translation>Namnet på den utgående servern är inte giltigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing port must be 1 to 65535.</source>
        <translation>Porten för den utgående servern måste vara mellan 1 och 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for outgoing mail.</source>
        <translation>Skriv användarnamnet för utgående e-post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type an e-mail address.</source>
        <translation>Skriv en e-postadress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address has the form name@example.com.</source>
        <translation>En e-postadress ser ut så här: namn@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ is not valid.</source>
        <translation>Delen före @ är inte giltig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @ is not a complete domain name.</source>
        <translation>Delen efter @ är inte ett fullständigt domännamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is too long.</source>
        <translation>Adressen är för lång.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your administrator&apos;s provider list</source>
        <translation>Leverantörslistan från din administratör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website</source>
        <translation>Din e-postleverantörs webbplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird&apos;s provider database</source>
        <translation>Thunderbirds leverantörsdatabas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail servers named for your domain</source>
        <translation>E-postservrarna som har angetts för din domän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service records of your domain</source>
        <translation>Tjänsteposter för din domän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Autodiscover</source>
        <translation>Microsoft Autodiscover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website (unencrypted)</source>
        <translation>Din e-postleverantörs webbplats (okrypterad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying the usual server names</source>
        <translation>Prov med vanliga servernamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by you</source>
        <translation>Angivet av dig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A settings file</source>
        <translation>En inställningsfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s settings for its customers</source>
        <translation>Inställningar från %1 för dess kunder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trusted</source>
        <translation>pålitlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>please confirm</source>
        <translation>måste bekräftas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified, please check</source>
        <translation>inte bekräftad – kontrollera själv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking…</source>
        <translation>frågar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found</source>
        <translation>hittades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing there</source>
        <translation>inget fanns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>behövdes inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>avbröts</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another source</source>
        <translation>En annan källa</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1&apos;s own provider list</source>
        <translation>Leverantörslistan i %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is asking here now.</source>
        <translation>%1 frågar här just nu.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>encrypted (SSL/TLS)</source>
        <translation>krypterat (SSL/TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted (STARTTLS)</source>
        <translation>krypterat (STARTTLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted</source>
        <translation>okrypterat</translation>
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
        <translation>Ingen (osäkert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal password</source>
        <translation>Normalt lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password</source>
        <translation>Krypterat lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in through the provider (OAuth2)</source>
        <translation>Inloggning via e-postleverantören (OAuth2)</translation>
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
        <translation>Via datorns nätverksadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Klientcertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check incoming mail first</source>
        <translation>Hämta e-post först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in</source>
        <translation>Ingen inloggning</translation>
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
        <translation>Skickar via &lt;b&gt;%1&lt;/b&gt; (port %2), %3, och loggar in som %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads mail from &lt;b&gt;%1&lt;/b&gt; (POP3, port %2), %3, signing in as %4.</source>
        <translation>Hämtar e-post från &lt;b&gt;%1&lt;/b&gt; (POP3, port %2), %3, och loggar in som %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps mail on &lt;b&gt;%1&lt;/b&gt; (%5, port %2), %3, signing in as %4.</source>
        <translation>Behåller e-posten på &lt;b&gt;%1&lt;/b&gt; (%5, port %2), %3, och loggar in som %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the user name or the password.</source>
        <translation>Servern godkände inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s security certificate has expired, so your password was not sent.</source>
        <translation>Serverns säkerhetscertifikat har gått ut, så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s security certificate is made out for another server, so your password was not sent.</source>
        <translation>Serverns säkerhetscertifikat är utfärdat för en annan server, så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate comes from an unknown authority, so your password was not sent.</source>
        <translation>Serverns säkerhetscertifikat kommer från en okänd utfärdare, så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server signed its security certificate itself, so your password was not sent.</source>
        <translation>Servern har själv signerat sitt säkerhetscertifikat, så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the server could not be made.</source>
        <translation>Det gick inte att upprätta en säker anslutning till servern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no server with this name. Check the server name for typing errors.</source>
        <translation>Det finns ingen server med det här namnet. Kontrollera att servernamnet är rätt stavat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached. Check your Internet connection, the port and the encryption.</source>
        <translation>Det gick inte att nå servern. Kontrollera internetanslutningen, porten och krypteringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Servern svarade inte i tid. Försök igen senare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer offers encryption (STARTTLS), so your password was not sent.</source>
        <translation>Servern erbjuder inte längre kryptering (STARTTLS), så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted and you did not allow sending the password over it.</source>
        <translation>Anslutningen är inte krypterad, och du har inte tillåtit att lösenordet skickas över den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered in a way that does not fit these settings.</source>
        <translation>Servern svarade på ett sätt som inte stämmer med de här inställningarna.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was stopped.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caps Lock may have been on while you typed the password.</source>
        <translation>Caps Lock kan ha varit på när du skrev lösenordet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password contains Cyrillic letters: perhaps the keyboard layout was not the usual one.</source>
        <translation>Lösenordet innehåller kyrilliska bokstäver. Du kanske hade en annan tangentbordslayout än vanligt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your provider has rules for passwords in mail programs; see its notes.</source>
        <translation>Din e-postleverantör har regler för lösenord i e-postprogram. Läs leverantörens anvisningar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some providers want the full e-mail address as the user name, others only the part before the @. Try the other form with Change the settings.</source>
        <translation>Vissa e-postleverantörer vill ha hela e-postadressen som användarnamn, andra bara delen före @. Prova den andra varianten under ”Ändra inställningarna”.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The account needs several QR codes; scan them one after another.</source>
        <translation>Kontot behöver flera QR-koder. Skanna dem en i taget.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thunderbird is running: close Thunderbird first, then try again.</source>
        <translation>Thunderbird är igång. Stäng Thunderbird först och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook is running: close Outlook first, then try again.</source>
        <translation>Outlook är igång. Stäng Outlook först och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kind of account cannot be set up in Thunderbird by %1.</source>
        <translation>%1 kan inte ställa in den här typen av konto i Thunderbird.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 could not save the password for Thunderbird, so Thunderbird asks for it once; let it remember it.</source>
        <translation>%1 kunde inte spara lösenordet åt Thunderbird, så Thunderbird frågar efter det en gång. Låt programmet komma ihåg det.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The account needs %n QR codes; scan them one after another.</source>
        <translation>
            <numerusform>Kontot behöver %n QR-kod. Skanna den.</numerusform>
            <numerusform>Kontot behöver %n QR-koder. Skanna dem en i taget.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%2 is not registered for the sign-in at %1, so it checks only what it can without signing in.</source>
        <translation>%2 är inte registrerat för inloggning hos %1, så det kontrollerar bara det som går utan att logga in.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Your provider asks for a separate password for mail programs: create one in your account&apos;s settings on its website and use it here.</source>
        <translation>Din e-postleverantör kräver ett separat lösenord för e-postprogram, ett så kallat applösenord. Skapa ett i kontoinställningarna på leverantörens webbplats och använd det här.</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Type your e-mail address, or find your provider in the list.</source>
        <translation>Skriv din e-postadress eller hitta din e-postleverantör i listan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer seems to be offline: no name server answered. Check the Internet connection, then click Search again.</source>
        <translation>Datorn verkar inte vara ansluten till internet: ingen namnserver svarade. Kontrollera internetanslutningen och klicka sedan på Sök igen.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="-69"/>
        <location filename="../wizard/texts.py" line="+5"/>
        <source>The domain %1 does not exist. Is there a typing error in the address?</source>
        <translation>Domänen %1 finns inte. Har du skrivit fel i adressen?</translation>
    </message>
    <message>
        <location filename="../wizard/texts.py" line="+100"/>
        <source>Not asked yet.</source>
        <translation>Inte tillfrågad ännu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings for your address were found here.</source>
        <translation>Här hittades inställningar för din adress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no settings for your address here.</source>
        <translation>Här finns inga inställningar för din adress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usable answer came from here.</source>
        <translation>Inget användbart svar kom härifrån.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed any more: a better answer came, or the time was up.</source>
        <translation>Behövs inte längre: ett bättre svar kom, eller tiden tog slut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked: it was not needed.</source>
        <translation>Inte tillfrågad: det behövdes inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped the search before this answered.</source>
        <translation>Du stoppade sökningen innan svaret kom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical details: %1</source>
        <translation>Tekniska detaljer: %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This server takes only your provider&apos;s own sign-in, so the password was not sent; sign in with your provider instead.</source>
        <translation>Den här servern tar bara emot din leverantörs egen inloggning, så lösenordet skickades inte; logga in hos leverantören i stället.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither server could be reached: this computer seems to be offline. Check the Internet connection, then click Try again.</source>
        <translation>Ingen av servrarna gick att nå: datorn verkar inte vara ansluten till internet. Kontrollera internetanslutningen och klicka sedan på Försök igen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The check failed.</source>
        <translation>Kontrollen misslyckades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the settings and try again.</source>
        <translation>Kontrollera inställningarna och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thunderbird settings file (XML)</source>
        <translation>Inställningsfil för Thunderbird (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple profile for iPhone, iPad and Mac</source>
        <translation>Apple-profil för iPhone, iPad och Mac</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook profile file (PRF)</source>
        <translation>Profilfil för Outlook (PRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR-kod för Thunderbird på Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings as JSON</source>
        <translation>Inställningar som JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outlook asks for the password the first time it fetches mail; tick Remember password there.</source>
        <translation>Outlook frågar efter lösenordet första gången programmet hämtar e-post. Kryssa då i ”Kom ihåg lösenord”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Outlook, open Account Settings, More Settings, Advanced, and set the incoming server&apos;s encryption to STARTTLS (%1).</source>
        <translation>Öppna ”Kontoinställningar”, ”Fler inställningar” och fliken ”Avancerat” i Outlook och välj STARTTLS som kryptering för den inkommande servern (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is used without encryption.</source>
        <translation>Servern %1 används utan kryptering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line breaks in your name were replaced by spaces: %1.</source>
        <translation>Radbrytningar i ditt namn har ersatts med mellanslag: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name cannot be written in this file, so the address is used instead; you can change it in the mail program.</source>
        <translation>Ditt namn kan inte skrivas i den här filen, så e-postadressen används i stället. Du kan ändra det i e-postprogrammet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook uses a profile named %1 for this account; an older one is replaced.</source>
        <translation>Outlook använder en profil som heter %1 för det här kontot. En äldre profil med samma namn ersätts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is added to Outlook&apos;s profile %1; its other accounts stay.</source>
        <translation>Kontot läggs till i Outlook-profilen %1. Profilens andra konton finns kvar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new Outlook cannot be set up from a file: add the account there yourself by typing the address.</source>
        <translation>Nya Outlook kan inte ställas in med en fil. Lägg till kontot där själv genom att skriva in e-postadressen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file sets up %1 access; the mail program sets up Exchange by itself.</source>
        <translation>Filen ställer in åtkomst via %1. E-postprogrammet ställer själv in Exchange.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot name the usual sign-in method, so %1 is used.</source>
        <translation>Den här filen kan inte ange den vanliga inloggningsmetoden, så ”%1” används i stället.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file contains your password in readable form: send it only over a safe channel and delete it once the account works.</source>
        <translation>Filen innehåller ditt lösenord i läsbar form. Skicka den bara på ett säkert sätt och radera den när kontot fungerar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no password; the mail program will ask for it.</source>
        <translation>Filen innehåller inget lösenord. E-postprogrammet frågar efter det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code holds much data: show it large and sharp when you scan it.</source>
        <translation>QR-koden innehåller mycket data. Visa den stort och skarpt när du skannar den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lets mail programs in only through its own sign-in page, which a profile cannot carry, so the profile holds no password: sign in on the device when it asks.</source>
        <translation>%1 släpper bara in e-postprogram via sin egen inloggningssida, som en profil inte kan bära, så profilen innehåller inget lösenord: logga in på enheten när den ber om det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook is starting and takes over the account now.</source>
        <translation>Outlook startar och tar över kontot nu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook takes over the account the next time it starts.</source>
        <translation>Outlook tar över kontot nästa gång programmet startar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is not installed on this computer.</source>
        <translation>Thunderbird är inte installerat på den här datorn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Thunderbird profile in that folder.</source>
        <translation>Det finns ingen Thunderbird-profil i den mappen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program is running. Close it and try again.</source>
        <translation>Programmet är igång. Stäng det och försök igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird&apos;s settings file could not be read, so nothing was changed.</source>
        <translation>Det gick inte att läsa Thunderbirds inställningsfil, så ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird&apos;s password file could not be read, so nothing was changed.</source>
        <translation>Det gick inte att läsa Thunderbirds lösenordsfil, så ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>The password could not be saved in Thunderbird; it will ask for it.</source>
        <translation>Lösenordet kunde inte sparas i Thunderbird, så Thunderbird kommer att fråga efter det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written. Check that the folder is writable.</source>
        <translation>Det gick inte att spara filen. Kontrollera att du har behörighet att spara i mappen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an ordinary file is replaced, and this name belongs to a folder, device, pipe or link.</source>
        <translation>Bara en vanlig fil ersätts, och det här namnet hör till en mapp, en enhet, en pipe eller en länk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outlook can only be set up on Windows.</source>
        <translation>Outlook kan bara ställas in i Windows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Klassiska Outlook är inte installerat på den här datorn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Outlook profile file is missing.</source>
        <translation>Profilfilen för Outlook saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook could not take over the account.</source>
        <translation>Outlook kunde inte ta över kontot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server name cannot be written to this file.</source>
        <translation>Ett servernamn kan inte skrivas i den här filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name cannot be written to this file.</source>
        <translation>Användarnamnet kan inte skrivas i den här filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address cannot be written to this file.</source>
        <translation>E-postadressen kan inte skrivas i den här filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password cannot be written to this file.</source>
        <translation>Lösenordet kan inte skrivas i den här filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some text cannot be written in this file&apos;s character set.</source>
        <translation>En del av texten kan inte skrivas med den här filens teckenuppsättning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe these servers.</source>
        <translation>Den här filtypen kan inte beskriva de här servrarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe an Exchange-only account.</source>
        <translation>Den här filtypen kan inte beskriva ett konto som bara använder Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe the server&apos;s sign-in method.</source>
        <translation>Den här filtypen kan inte beskriva serverns inloggningsmetod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file type cannot hold an address with non-Latin letters.</source>
        <translation>Den här filtypen kan inte innehålla en adress med icke-latinska bokstäver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings are too large for this file type.</source>
        <translation>Inställningarna är för stora för den här filtypen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value cannot be written to this file.</source>
        <translation>Ett värde kan inte skrivas i den här filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is needed for this file.</source>
        <translation>Lösenordet behövs för den här filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value your provider needs is missing.</source>
        <translation>Ett värde som din e-postleverantör behöver saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup: no profile file is needed.</source>
        <translation>Outlook lägger till Outlook.com- och Microsoft 365-konton med sin egen kontoinställning: ingen profilfil behövs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thunderbird knows your password and will not ask.</source>
        <translation>Thunderbird känner till ditt lösenord och kommer inte att fråga efter det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird asks for your password the first time; let it remember it.</source>
        <translation>Thunderbird frågar efter ditt lösenord första gången. Låt programmet komma ihåg det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account needs no password in Thunderbird.</source>
        <translation>Det här kontot behöver inget lösenord i Thunderbird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird stores no password for this account: it opens your provider&apos;s sign-in page the first time it connects.</source>
        <translation>Thunderbird sparar inget lösenord för det här kontot: första gången det ansluter öppnar det din leverantörs inloggningssida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your Thunderbird passwords are protected by a primary password, so Thunderbird asks for the mail password the first time; let it remember it.</source>
        <translation>Dina lösenord i Thunderbird skyddas av ett huvudlösenord, så Thunderbird frågar efter e-postlösenordet första gången. Låt programmet komma ihåg det.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The sign-in registrations file %1 could not be read.</source>
        <translation>Filen med inloggningsregistreringar %1 kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web browser could not be opened for the sign-in at %1.</source>
        <translation>Webbläsaren kunde inte öppnas för inloggningen hos %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 was refused, so nothing was set up.</source>
        <translation>Inloggningen hos %1 nekades, så ingenting ställdes in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in at %1 was not finished in time; the browser may have been closed.</source>
        <translation>Inloggningen hos %1 blev inte klar i tid; webbläsaren kan ha stängts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer from the browser did not belong to this sign-in at %1, so it was ignored.</source>
        <translation>Svaret från webbläsaren hörde inte till den här inloggningen hos %1, så det hoppades över.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 did not work.</source>
        <translation>Inloggningen hos %1 fungerade inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 did not answer in time.</source>
        <translation>Inloggningstjänsten %1 svarade inte i tid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 could not be reached.</source>
        <translation>Inloggningstjänsten %1 gick inte att nå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 refused the sign-in; please sign in again.</source>
        <translation>Inloggningstjänsten %1 nekade inloggningen; logga in igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please sign in at %1 first.</source>
        <translation>Logga först in hos %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 answered in an unexpected way.</source>
        <translation>Inloggningstjänsten %1 svarade på ett oväntat sätt.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../wizard/ui/pages/welcome.py" line="+181"/>
        <source>Set up your e-mail</source>
        <translation>Ställ in din e-post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail &amp;address:</source>
        <translation>Din &amp;e-postadress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find my provider</source>
        <translation>&amp;Hitta min e-postleverantör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a list of providers to search by name, for when you are not sure of your address.</source>
        <translation>Öppnar en lista över e-postleverantörer att söka i med namn, om du inte är säker på din adress.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>&amp;Set up this address anyway</source>
        <translation>Ställ in den här &amp;adressen ändå</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Search for your provider by its name or domain:</source>
        <translation>Sö&amp;k efter din e-postleverantör med namn eller domän:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Seznam or gmail.com</source>
        <translation>t.ex. Telia eller gmail.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Enter or click to pick a provider; its domain goes into the address.</source>
        <translation>Tryck på Enter eller klicka för att välja en e-postleverantör; dess domän fylls i adressen.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Provider: %1, chosen from the list; it hosts your own domain.</source>
        <translation>E-postleverantör: %1, vald i listan; den har hand om din egen domän.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>E-postleverantör: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Search providers</source>
        <translation>Sök e-postleverantörer</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Type your e-mail address: %1 finds the settings by itself.</source>
        <translation>Skriv din e-postadress, så hittar %1 inställningarna själv.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Providers</source>
        <translation>E-postleverantörer</translation>
    </message>
</context>
</TS>
