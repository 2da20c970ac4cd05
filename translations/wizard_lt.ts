<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <location filename="../wizard/ui/widgets.py" line="+50"/>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Įspėjimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Vykdoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informacija</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <location filename="../wizard/brand/folder.py" line="+198"/>
        <source>%1: &apos;%2&apos; can be &quot;stop&quot; only when &apos;%3&apos; is true.</source>
        <translation>%1: &apos;%2&apos; gali būti &quot;stop&quot; tik tada, kai &apos;%3&apos; yra true.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is larger than %2 KB.</source>
        <translation>%1 yra didesnis nei %2 KB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (%2).</source>
        <translation>Nepavyksta perskaityti %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 is not valid TOML (%2).</source>
        <translation>%1 nėra tinkamas TOML failas (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a known key.</source>
        <translation>%1: nežinomas raktas &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a table of its own ([%2]).</source>
        <translation>%1: &apos;%2&apos; turi būti atskira lentelė ([%2]).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is missing.</source>
        <translation>%1: trūksta rakto &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; must be text in quotes.</source>
        <translation>%1: &apos;%2&apos; reikšmė turi būti tekstas kabutėse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>%1: &apos;%2&apos; is empty.</source>
        <translation>%1: &apos;%2&apos; reikšmė tuščia.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1: &apos;%2&apos; is longer than %3 characters.</source>
        <translation>%1: &apos;%2&apos; reikšmė viršija %3 simbolių ribą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../wizard/cli/common.py" line="+94"/>
        <source>%1: &apos;%2&apos; must be one line without control characters.</source>
        <translation>%1: &apos;%2&apos; reikšmė turi būti viena eilutė be valdymo simbolių.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; may hold only lower-case Latin letters, digits and hyphens, and must start with a letter or a digit.</source>
        <translation>%1: &apos;%2&apos; reikšmėje gali būti tik mažosios lotyniškos raidės, skaitmenys ir brūkšneliai, be to, ji turi prasidėti raide arba skaitmeniu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; may hold only Latin letters, digits, dots, hyphens and underscores, and must start with a letter or a digit.</source>
        <translation>%1: &apos;%2&apos; reikšmėje gali būti tik lotyniškos raidės, skaitmenys, taškai, brūkšneliai ir pabraukimo brūkšniai, be to, ji turi prasidėti raide arba skaitmeniu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &apos;%2&apos; must be true or false.</source>
        <translation>%1: &apos;%2&apos; reikšmė turi būti true arba false.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be one of %3.</source>
        <translation>%1: &apos;%2&apos; reikšmė turi būti viena iš šių: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a list of texts in quotes.</source>
        <translation>%1: &apos;%2&apos; reikšmė turi būti tekstų kabutėse sąrašas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; may hold only %3.</source>
        <translation>%1: &apos;%2&apos; sąraše gali būti tik: %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &apos;%2&apos; must name a path inside the brand folder.</source>
        <translation>%1: &apos;%2&apos; turi nurodyti kelią prekės ženklo aplanko viduje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; names %3, which is larger than %4 KB.</source>
        <translation>%1: &apos;%2&apos; nurodo %3, o šis failas yra didesnis nei %4 KB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; names %3, which cannot be read (%4).</source>
        <translation>%1: &apos;%2&apos; nurodo %3, bet jo nepavyksta perskaityti (%4).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; names %3, which is not a PNG or SVG image (%4).</source>
        <translation>%1: &apos;%2&apos; nurodo %3, bet tai nėra PNG ar SVG paveikslėlis (%4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &apos;%2&apos; names %3, which is not a folder.</source>
        <translation>%1: &apos;%2&apos; nurodo %3, bet tai nėra aplankas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds no provider files (*.xml).</source>
        <translation>%1: &apos;%2&apos; nurodo aplanką %3, kuriame nėra paslaugų teikėjų failų (*.xml).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds more than %4 provider files.</source>
        <translation>%1: &apos;%2&apos; nurodo aplanką %3, kuriame yra daugiau nei %4 paslaugų teikėjų failų.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &apos;%2&apos; names %3, which is not a valid provider file (%4).</source>
        <translation>%1: &apos;%2&apos; nurodo %3, bet tai nėra tinkamas paslaugų teikėjo failas (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names %3, which lists no domain.</source>
        <translation>%1: &apos;%2&apos; nurodo %3, bet šiame faile nenurodytas joks domenas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; needs at least one of web, phone and email.</source>
        <translation>%1: skiltyje &apos;%2&apos; reikia bent vieno iš raktų web, phone ir email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an https:// web address.</source>
        <translation>%1: &apos;%2&apos; reikšmė nėra https:// žiniatinklio adresas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not a phone number.</source>
        <translation>%1: &apos;%2&apos; reikšmė nėra telefono numeris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an e-mail address.</source>
        <translation>%1: &apos;%2&apos; reikšmė nėra el.&#xa0;pašto adresas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; may only hold targets that &apos;%3&apos; offers.</source>
        <translation>%1: &apos;%2&apos; sąraše gali būti tik tai, ką siūlo &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../wizard/ui/certificate.py" line="+74"/>
        <source>Security certificate</source>
        <translation>Saugumo sertifikatas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server:</source>
        <translation>Serveris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>Kam išduotas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Išdavėjas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Galioja nuo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Galioja iki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>SHA-256 kontrolinis kodas:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trust this certificate only if your provider told you to expect it, for example by giving you this fingerprint.</source>
        <translation>Pasitikėkite šiuo sertifikatu tik tada, jei paslaugų teikėjas iš anksto apie jį pranešė, pavyzdžiui, pateikė jums šį kontrolinį kodą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Pasitikėti šiuo serverio %1 sertifikatu</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../wizard/ui/pages/checking.py" line="+115"/>
        <source>Trying your settings</source>
        <translation>Tikrinami nustatymai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving mail</source>
        <translation>Laiškų gavimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending mail</source>
        <translation>Laiškų siuntimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the &amp;certificate…</source>
        <translation>Peržiūrėti &amp;sertifikatą…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&amp;Type the password again</source>
        <translation>&amp;Įvesti slaptažodį iš naujo</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Try &amp;again</source>
        <translation>Bandyti &amp;dar kartą</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 signs in to receive and to send mail, without sending anything.</source>
        <translation>Programa %1 prisijungia prie gaunamų ir siunčiamų laiškų serverių, nieko neišsiųsdama.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hange the settings</source>
        <translation>&amp;Keisti nustatymus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No encryption</source>
        <translation>Be šifravimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>Tikrinama</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Sign &amp;in again</source>
        <translation>&amp;Prisijungti iš naujo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing in to %1…</source>
        <translation>Prisijungiama prie %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to sign in to %1.</source>
        <translation>Laukiama eilės prisijungti prie %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers over an encrypted connection and offers your provider&apos;s sign-in.</source>
        <translation>%1 atsako šifruotu ryšiu ir siūlo prisijungimą per jūsų paslaugų teikėją.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to %1: receiving mail works.</source>
        <translation>Prisijungta prie %1: laiškų gavimas veikia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to %1: sending mail works.</source>
        <translation>Prisijungta prie %1: laiškų siuntimas veikia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was passed over: %2</source>
        <translation>%1 praleistas: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1:</source>
        <translation>Serveris %1:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What you can do:</source>
        <translation>Ką galite padaryti:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation>Serverio atsakymas: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server %1 does not encrypt the connection. Anyone on the network could read your password and your mail.</source>
        <translation>Serveris %1 nešifruoja ryšio. Bet kas tame pačiame tinkle galėtų perskaityti jūsų slaptažodį ir laiškus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send my password without encryption anyway</source>
        <translation>Vis tiek &amp;siųsti slaptažodį be šifravimo</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../wizard/cli/__init__.py" line="+59"/>
        <source>usage: </source>
        <translation>naudojimas: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing: %1</source>
        <translation>trūksta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown arguments: %1</source>
        <translation>nežinomi argumentai: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be %2; choose one of %3</source>
        <translation>%1 negali būti %2; pasirinkite vieną iš šių: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value</source>
        <translation>po %1 reikia nurodyti reikšmę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be %2</source>
        <translation>%1 negali būti %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 cannot be used together</source>
        <translation>%1 ir %2 negalima naudoti kartu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>arguments</source>
        <translation>argumentai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>parinktys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show this help and exit</source>
        <translation>parodyti šį žinyną ir baigti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show what happens on standard error (-vv: in more detail)</source>
        <translation>rodyti, kas vyksta, standartiniame klaidų sraute (-vv: išsamiau)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; reads as an option; put -- before an address that starts with &apos;-&apos;.</source>
        <translation>„%1“ suprantamas kaip parinktis; jei adresas prasideda „-“, prieš jį parašykite --.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please give an e-mail address.</source>
        <translation>Nurodykite el.&#xa0;pašto adresą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an e-mail address: it needs the form name@example.com.</source>
        <translation>„%1“ nėra el.&#xa0;pašto adresas – jis turi atrodyti taip: vardas@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ in &apos;%1&apos; is not valid.</source>
        <translation>Netinkama adreso „%1“ dalis prieš @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ in &apos;%1&apos; is not a valid domain name.</source>
        <translation>Adreso „%1“ dalis po @ nėra tinkamas domeno vardas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address &apos;%1&apos; is too long to be an e-mail address.</source>
        <translation>Adresas „%1“ per ilgas el.&#xa0;pašto adresui.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up an e-mail account: find the server settings, prove them, and write them into Thunderbird or Outlook or a settings file. Without a command the wizard window opens.</source>
        <translation>Nustato el.&#xa0;pašto paskyrą: randa serverio nustatymus, patikrina, ar jie veikia, ir įrašo juos į Thunderbird, Outlook arba nustatymų failą. Paleidus be komandos, atveriamas programos Mail Wizard langas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>show the version and exit</source>
        <translation>parodyti versiją ir baigti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run as the ISP&apos;s own edition in DIR (its name, providers, language and support contacts); without it, the brand folder in the per-machine config folder, if any</source>
        <translation>veikti kaip paslaugų teikėjo versija iš aplanko DIR (jos pavadinimas, paslaugų teikėjai, kalba ir pagalbos kontaktai); be šio parametro – prekės ženklo aplankas bendrame kompiuterio nustatymų aplanke, jei toks yra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>commands</source>
        <translation>komandos</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>stopped.</source>
        <translation>nutraukta.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no graphical display here, so the wizard window cannot open; the commands work without one (see mailwizard --help).</source>
        <translation>čia nėra grafinio ekrano, todėl programos Mail Wizard lango atverti negalima; komandos veikia ir be jo (žr. mailwizard --help).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_outlook.py" line="+29"/>
        <source>write the account into classic Outlook for Windows (a .prf profile file)</source>
        <translation>įrašyti paskyrą į klasikinę Windows programą Outlook (.prf profilio failas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an Outlook profile file (.prf) for ADDRESS. With --apply (Windows only, Outlook closed) Outlook starts and imports it. Outlook still asks for the password at the first send/receive. Exchange and Microsoft 365 mailboxes need no file: Outlook sets them up from the address.</source>
        <translation>Įrašo adreso ADDRESS Outlook profilio failą (.prf). Su --apply (tik Windows sistemoje, kai programa Outlook užverta) paleidžiama programa Outlook, ir ji importuoja failą. Pirmą kartą siųsdama ar gaudama laiškus programa Outlook vis tiek paprašys slaptažodžio. Exchange ir Microsoft 365 pašto dėžutėms failo nereikia: Outlook jas nustato pati pagal adresą.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where to save the .prf file</source>
        <translation>kur įrašyti .prf failą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand the file to Outlook now</source>
        <translation>iškart perduoti failą programai Outlook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>character set of the file (default: the Windows ANSI code page, cp1252 elsewhere)</source>
        <translation>failo koduotė (numatytoji: Windows ANSI kodų lentelė, kitose sistemose cp1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add the account to Outlook&apos;s default profile instead of a profile of its own</source>
        <translation>pridėti paskyrą prie numatytojo Outlook profilio, o ne kurti jai atskirą profilį</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a character set for a profile file; use a code page such as cp1252.</source>
        <translation>„%1“ netinka profilio failo koduotei; nurodykite kodų lentelę, pvz., cp1252.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved the Outlook profile file for %1 to %2.</source>
        <translation>Adreso %1 Outlook profilio failas įrašytas į %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To use it, close Outlook and run: outlook.exe /importprf &quot;%1&quot; (or run this command again with --apply on Windows).</source>
        <translation>Norėdami jį panaudoti, užverkite programą Outlook ir paleiskite: outlook.exe /importprf &quot;%1&quot; (arba Windows sistemoje paleiskite šią komandą dar kartą su --apply).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page, so no profile file was written: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook.com ir Microsoft 365 paskyras Outlook prideda per savo paskyrų nustatymą, kuris atveria Microsoft prisijungimo puslapį, todėl profilio failas nesukurtas: Outlook programoje pasirinkite „Failas“, tada „Įtraukti paskyrą“ ir įveskite %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlook sets up this Exchange (Business Mail, Microsoft 365) account itself: in Outlook choose File, Add Account, type %1 and then your password; Outlook finds the server through Autodiscover.</source>
        <translation>Šią Exchange (Business Mail, Microsoft 365) paskyrą programa Outlook nustato pati: programoje Outlook pasirinkite „Failas“ → „Įtraukti paskyrą“, įveskite %1, tada savo slaptažodį; serverį Outlook suras per Autodiscover.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If Outlook asks for a user name, type %1.</source>
        <translation>Jei Outlook paprašys naudotojo vardo, įveskite %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Outlook asks for a server, type %1.</source>
        <translation>Jei Outlook paprašys serverio, įveskite %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+46"/>
        <source>write the account into a Thunderbird profile</source>
        <translation>įrašyti paskyrą į Thunderbird profilį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (or update) the account for ADDRESS in Thunderbird&apos;s profile, with its password when given, so that Thunderbird starts with a working account. Thunderbird must be closed.</source>
        <translation>Prideda (arba atnaujina) adreso ADDRESS paskyrą Thunderbird profilyje, kartu su slaptažodžiu, jei jis pateiktas, kad paleista programa Thunderbird iškart turėtų veikiančią paskyrą. Programa Thunderbird turi būti užverta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the profile folder (default: the profile Thunderbird opens)</source>
        <translation>profilio aplankas (numatytasis: profilis, kurį atveria Thunderbird)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+68"/>
        <location filename="../wizard/cli/commands/export.py" line="+60"/>
        <source>read the password from the first line of standard input</source>
        <translation>nuskaityti slaptažodį iš pirmos standartinės įvesties eilutės</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+5"/>
        <location filename="../wizard/cli/common.py" line="-53"/>
        <source>your name as others see it</source>
        <translation>jūsų vardas, kaip jį matys kiti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trust this PEM/DER certificate (e.g. a private CA); repeatable</source>
        <translation>pasitikėti šiuo PEM/DER sertifikatu (pvz., privačios sertifikavimo įstaigos); galima kartoti</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-17"/>
        <source>use settings nobody vouches for (from plain http, SRV records, a redirect or another domain): they get the password and are written</source>
        <translation>naudoti nustatymus, kurių patikimumo niekas negarantuoja (gautus paprastu http, iš SRV įrašų, per peradresavimą ar iš kito domeno): jiems siunčiamas slaptažodis ir jie įrašomi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sign in with the provider in the web browser (OAuth2) instead of a password; the sign-in is kept in the system keyring only</source>
        <translation>prisijungti per paslaugų teikėją naršyklėje (OAuth2), o ne slaptažodžiu; prisijungimas saugomas tik sistemos slaptažodžių saugykloje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>with --oauth: how long to wait for the sign-in in the browser (default 300)</source>
        <translation>su --oauth: kiek laukti prisijungimo naršyklėje (numatytoji reikšmė 300)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sign-in-timeout needs a number of seconds between 0 and 3600.</source>
        <translation>--sign-in-timeout reikšmė turi būti sekundžių skaičius nuo 0 iki 3600.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The settings for %1 are incomplete: %2.</source>
        <translation>Adreso %1 nustatymai neišsamūs: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 signs you in on its own page: run verify or write with --oauth to sign in in your web browser.</source>
        <translation>%1 prisijungimą atlieka savo puslapyje: paleiskite verify arba write su --oauth ir prisijunkite naršyklėje.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The provider needs a value for %1: add %1 = &quot;VALUE&quot; under [fields] in the preset.</source>
        <translation>Paslaugų teikėjui reikia lauko %1 reikšmės: į išankstinių nustatymų failo skyrių [fields] įrašykite %1 = &quot;VALUE&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody vouches for the settings found for %1 (they point to %2), so nothing was sent or written; add %3 to use them anyway.</source>
        <translation>Niekas negarantuoja %1 rastų nustatymų patikimumo (jie nukreipia į %2), todėl niekas nebuvo išsiųsta ar įrašyta; jei vis tiek norite juos naudoti, pridėkite %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not encrypt the connection, so the password was not sent and nothing was written; add %2 to allow it.</source>
        <translation>%1 nešifruoja ryšio, todėl slaptažodis nebuvo išsiųstas ir niekas nebuvo įrašyta; jei norite tai leisti, pridėkite %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The servers for %1 do not take the provider&apos;s sign-in; use --password-stdin instead.</source>
        <translation>%1 serveriai nepriima prisijungimo per paslaugų teikėją; naudokite --password-stdin.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Proven and written: %1 %2 (%3).</source>
        <translation>Patikrinta ir įrašyta: %1 %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+202"/>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Nepavyko perskaityti failo %1 (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+17"/>
        <source>The file %1 holds no certificate.</source>
        <translation>Faile %1 nėra sertifikato.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Added the account %1 in the Thunderbird profile %2.</source>
        <translation>Paskyra %1 pridėta į Thunderbird profilį %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated the account %1 in the Thunderbird profile %2.</source>
        <translation>Paskyra %1 atnaujinta Thunderbird profilyje %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new outgoing (SMTP) server was added.</source>
        <translation>Pridėtas naujas siunčiamų laiškų (SMTP) serveris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The existing outgoing (SMTP) server is used.</source>
        <translation>Naudojamas esamas siunčiamų laiškų (SMTP) serveris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate for %1:%2 is now trusted.</source>
        <translation>Serverio %1:%2 sertifikatu dabar pasitikima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate for %1:%2 could not be stored (%3); Thunderbird will ask about it.</source>
        <translation>Nepavyko įrašyti serverio %1:%2 sertifikato (%3); Thunderbird dėl jo paklaus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous settings were saved as %1.</source>
        <translation>Ankstesni nustatymai įrašyti į failą %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+30"/>
        <source>%1 belongs to %2, not to the address&apos;s domain</source>
        <translation>%1 priklauso domenui %2, o ne adreso domenui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came over plain http (%1) and may be forged</source>
        <translation>nustatymai gauti nešifruotu http ryšiu (%1) ir gali būti suklastoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings come from DNS records nobody vouches for</source>
        <translation>nustatymai paimti iš DNS įrašų, kurių patikimumo niekas negarantuoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came through a redirect to %2 (%1)</source>
        <translation>nustatymai gauti per nukreipimą į %2 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not encrypt the connection</source>
        <translation>%1 nešifruoja ryšio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is given by its IP address, so nobody can tell whose server it is</source>
        <translation>%1 nurodytas IP adresu, todėl negalima pasakyti, kieno tai serveris</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find the server settings for an e-mail address</source>
        <translation>rasti el.&#xa0;pašto adreso serverio nustatymus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the incoming and outgoing server settings for ADDRESS: the bundled provider list first, then the provider&apos;s autoconfig, the Thunderbird ISPDB, MX, SRV and Autodiscover records, and finally the likely servers themselves.</source>
        <translation>Randa adreso ADDRESS gaunamų ir siunčiamų laiškų serverių nustatymus. Ieškoma tokia tvarka: programos paslaugų teikėjų sąrašas, paslaugų teikėjo autoconfig, Thunderbird ISPDB, MX, SRV ir Autodiscover įrašai ir galiausiai patys tikėtini serveriai.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../wizard/cli/commands/verify.py" line="+76"/>
        <source>print a clientConfig file (for --config FILE)</source>
        <translation>išvesti clientConfig failą (skirtą --config FILE)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-276"/>
        <location filename="../wizard/cli/commands/detect.py" line="+2"/>
        <source>show every step on stderr</source>
        <translation>išvesti kiekvieną žingsnį į stderr</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+7"/>
        <source>give up after this many seconds (default 15)</source>
        <translation>nutraukti paiešką po tiek sekundžių (numatytoji reikšmė 15)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+46"/>
        <source>also read the clientConfig files in DIR (they take precedence); repeatable</source>
        <translation>taip pat skaityti aplanko DIR clientConfig failus (jiems teikiama pirmenybė); galima kartoti</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+14"/>
        <location filename="../wizard/cli/commands/verify.py" line="+26"/>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>--timeout reikšmė turi būti sekundžių skaičius nuo 0 iki 600.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+15"/>
        <source>warning: %1</source>
        <translation>įspėjimas: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+23"/>
        <source>%2 could not search for the settings of %1: no name server answered, so this computer seems to be offline.</source>
        <translation>Programa %2 negalėjo ieškoti %1 nustatymų: neatsakė nė vienas DNS serveris, todėl atrodo, kad šis kompiuteris neprisijungęs prie interneto.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No settings were found for %1 within %2 seconds.</source>
        <translation>Per %2 s adresui %1 nustatymų nerasta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No settings were found for %1 in the provider list.</source>
        <translation>Paslaugų teikėjų sąraše adresui %1 nustatymų nerasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found for %1 anywhere.</source>
        <translation>Adresui %1 nustatymų niekur nerasta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2, found in: %3.</source>
        <translation>%1: %2, šaltinis: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: found in: %2.</source>
        <translation>%1: šaltinis: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>gavimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing</source>
        <translation>siuntimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>arba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user %1</source>
        <translation>naudotojas %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check before use:</source>
        <translation>Prieš naudodami patikrinkite:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nobody vouches for these settings</source>
        <translation>šių nustatymų patikimumo niekas negarantuoja</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="-28"/>
        <source>save the settings as a file for another device or program</source>
        <translation>įrašyti nustatymus į failą kitam įrenginiui ar programai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings of ADDRESS as a file: an autoconfig XML document, an Outlook profile (.prf), an Apple profile (.mobileconfig), a QR code that Thunderbird for Android scans (PNG, or SVG when FILE ends in .svg), or JSON. Without --config the settings are detected first.</source>
        <translation>Įrašo adreso ADDRESS nustatymus į failą: autoconfig XML dokumentą, Outlook profilį (.prf), Apple profilį (.mobileconfig), QR kodą, kurį nuskaito Thunderbird programa Android įrenginyje (PNG arba SVG, jei FILE baigiasi .svg), arba JSON. Be --config pirmiausia ieškoma nustatymų.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the kind of file</source>
        <translation>failo tipas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to write</source>
        <translation>failas, į kurį įrašyti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put the password into the file (mobileconfig and qr only; needs --password-stdin)</source>
        <translation>įrašyti slaptažodį į failą (tik mobileconfig ir qr; reikia --password-stdin)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+213"/>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>The provider needs a value for %1: add --field %1=VALUE.</source>
        <translation>Paslaugų teikėjui reikia lauko %1 reikšmės: pridėkite --field %1=VALUE.</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../wizard/cli/commands/export.py" line="+8"/>
        <source>Note: %1</source>
        <translation>Pastaba: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>--include-password needs the password on standard input: add --password-stdin.</source>
        <translation>Su --include-password slaptažodis turi būti pateiktas standartine įvestimi: pridėkite --password-stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 file cannot hold a password; leave out --include-password.</source>
        <translation>Į %1 failą slaptažodžio įrašyti negalima; nenaudokite --include-password.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the %1 settings for %2 to %3.</source>
        <translation>Adreso %2 nustatymai (%1) įrašyti į %3.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="-40"/>
        <source>list or search the bundled provider list</source>
        <translation>rodyti programos paslaugų teikėjų sąrašą arba ieškoti jame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the providers the wizard knows, or those matching QUERY (name or domain; case and accents do not matter).</source>
        <translation>Parodo paslaugų teikėjus, kuriuos žino programa Mail Wizard, arba tik tuos, kurie atitinka QUERY (pavadinimą ar domeną; didžiosios ir mažosios raidės bei diakritiniai ženklai nesvarbūs).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>part of a provider&apos;s name or domain</source>
        <translation>paslaugų teikėjo pavadinimo ar domeno dalis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the list as JSON</source>
        <translation>išvesti sąrašą JSON formatu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No provider matches &apos;%1&apos;.</source>
        <translation>Nė vienas paslaugų teikėjas neatitinka „%1“.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+87"/>
        <source>set up an account unattended, as a preset file says</source>
        <translation>nustatyti paskyrą be jokių klausimų, kaip nurodyta išankstinių nustatymų faile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect (or read) the settings, log in to prove them and write the account into the clients and files the preset names, without asking anything. The preset is a TOML file; see the documentation of this command for its keys.</source>
        <translation>Randa (arba perskaito) nustatymus, prisijungia, kad patikrintų, ar jie veikia, ir įrašo paskyrą į išankstinių nustatymų faile nurodytas programas ir failus, nieko neklausiant. Išankstinių nustatymų failas yra TOML formato; jo raktai aprašyti šios komandos dokumentacijoje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the preset file (TOML)</source>
        <translation>išankstinių nustatymų failas (TOML)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preset %1 is not valid TOML (%2).</source>
        <translation>Išankstinių nustatymų failas %1 nėra tinkamas TOML failas (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+20"/>
        <source>The preset %1 has unknown keys: %2.</source>
        <translation>Išankstinių nustatymų faile %1 yra nežinomų raktų: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+12"/>
        <source>The preset %1 needs address = &quot;name@example.com&quot;.</source>
        <translation>Išankstinių nustatymų faile %1 turi būti address = &quot;name@example.com&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset never holds the password itself: write password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; or &quot;none&quot;.</source>
        <translation>Išankstinių nustatymų faile negali būti paties slaptažodžio: rašykite password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; arba &quot;none&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each [[export]] needs format = one of %1 and output = &quot;FILE&quot;.</source>
        <translation>Kiekvienoje [[export]] lentelėje turi būti format = viena iš reikšmių %1 ir output = &quot;FILE&quot;.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+51"/>
        <location filename="../wizard/cli/common.py" line="+7"/>
        <location line="+9"/>
        <source>The preset %1 has a value of the wrong kind (%2).</source>
        <translation>Išankstinių nustatymų faile %1 yra netinkamo tipo reikšmė (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keyring holds no password for %1.</source>
        <translation>Sistemos slaptažodžių saugykloje nėra adreso %1 slaptažodžio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment variable %1 holds no password.</source>
        <translation>Aplinkos kintamajame %1 nėra slaptažodžio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>protocol must be &quot;imap&quot;, &quot;pop3&quot; or &quot;exchange&quot;.</source>
        <translation>protocol turi būti &quot;imap&quot;, &quot;pop3&quot; arba &quot;exchange&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preset names nothing to write: add [thunderbird], [outlook] or [[export]].</source>
        <translation>Išankstinių nustatymų faile nenurodyta, kur įrašyti paskyrą: pridėkite [thunderbird], [outlook] arba [[export]].</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Settings for %1: %2 %3, SMTP %4 (found in: %5).</source>
        <translation>Adreso %1 nustatymai: %2 %3, SMTP %4 (šaltinis: %5).</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>verify = true needs a password; set password or verify = false.</source>
        <translation>Su verify = true reikia slaptažodžio: nurodykite password arba verify = false.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The password in the environment variable %1 is not valid text in the system&apos;s character set.</source>
        <translation>Slaptažodis aplinkos kintamajame %1 nėra tekstas sistemos koduote.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Slaptažodis laikomas sistemos slaptažodžių saugykloje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be kept in the system keyring (%1).</source>
        <translation>Slaptažodžio nepavyko įrašyti į sistemos slaptažodžių saugyklą (%1).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming server: %1</source>
        <translation>Gaunamų laiškų serveris: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server: %1</source>
        <translation>Siunčiamų laiškų serveris: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>veikia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings do not work, so nothing was written.</source>
        <translation>Nustatymai neveikia, todėl niekas neįrašyta.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thunderbird: added the account in %1.</source>
        <translation>Thunderbird: paskyra pridėta į profilį %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thunderbird: updated the account in %1.</source>
        <translation>Thunderbird: paskyra atnaujinta profilyje %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outlook: saved %1.</source>
        <translation>Outlook: įrašytas failas %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: saved %2.</source>
        <translation>%1: įrašytas failas %2.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="-52"/>
        <source>log in with the settings to prove they work (sends no mail)</source>
        <translation>prisijungti su nustatymais ir patikrinti, ar jie veikia (laiškai nesiunčiami)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the incoming server (IMAP or POP3) and authenticate to the outgoing server (SMTP) of ADDRESS, without sending mail. Settings come from --config FILE, else they are detected. Exit status 0 only when both directions work.</source>
        <translation>Prisijungia prie adreso ADDRESS gaunamų laiškų serverio (IMAP arba POP3) ir atlieka autentifikaciją siunčiamų laiškų serveryje (SMTP); laiškai nesiunčiami. Nustatymai imami iš --config FILE, o jei ši parinktis nenurodyta, jų ieškoma automatiškai. Išėjimo kodas 0 grąžinamas tik tada, kai veikia ir gavimas, ir siuntimas.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-124"/>
        <source>allow sending the password to these servers without encryption when they offer none (dangerous)</source>
        <translation>leisti siųsti slaptažodį šiems serveriams be šifravimo, jei jie šifravimo nesiūlo (pavojinga)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="+16"/>
        <source>accept a server certificate with this SHA-256 fingerprint (as printed after a certificate failure) and remember it for that server; repeatable</source>
        <translation>priimti serverio sertifikatą su šiuo SHA-256 kontroliniu kodu (jis parodomas įvykus sertifikato klaidai) ir įsiminti jį tam serveriui; galima kartoti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>which kind of incoming server to check (default: the preferred one)</source>
        <translation>kokio tipo gaunamų laiškų serverį tikrinti (numatytasis – tas, kuriam teikiama pirmenybė)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give up on a server after this long (default 60)</source>
        <translation>nutraukti serverio tikrinimą po tiek sekundžių (numatytoji reikšmė 60)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--trust-certificate needs a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>--trust-certificate reikšmė turi būti SHA-256 kontrolinis kodas (64 šešioliktainiai skaitmenys).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no encryption</source>
        <translation>be šifravimo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incoming: %1</source>
        <translation>Gavimas: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing: %1</source>
        <translation>Siuntimas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3), user %4</source>
        <translation>%1 %2 (%3), naudotojas %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passed over: %1 (%2).</source>
        <translation>Praleistas: %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: answers over %1 and offers the sign-in (checked without signing in).</source>
        <translation>Gerai: serveris atsako, ryšys: %1, ir siūlo prisijungimą (patikrinta neprisijungus).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: authenticated over %1.</source>
        <translation>Gerai: autentifikacija pavyko, ryšys: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: logged in over %1.</source>
        <translation>Gerai: prisijungta, ryšys: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the server offered %1, so it was used instead.</source>
        <translation>Pastaba: serveris pasiūlė kitą ryšį (%1), todėl naudotas jis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the server wants the user name &apos;%1&apos;.</source>
        <translation>Pastaba: serveris reikalauja naudotojo vardo „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the certificate %1 was trusted.</source>
        <translation>Pastaba: pasitikėta sertifikatu %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED: %1</source>
        <translation>NEPAVYKO: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>Išsamiau: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>Patarimas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Sertifikatas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued by %1</source>
        <translation>išdavėjas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid from %1 to %2</source>
        <translation>galioja nuo %1 iki %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To trust exactly this certificate for this server, run again with --trust-certificate %1</source>
        <translation>Norėdami šiam serveriui pasitikėti būtent šiuo sertifikatu, paleiskite komandą dar kartą su --trust-certificate %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To send the password without encryption anyway, add --allow-plaintext.</source>
        <translation>Jei vis tiek norite siųsti slaptažodį be šifravimo, pridėkite --allow-plaintext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both directions work.</source>
        <translation>Veikia ir gavimas, ir siuntimas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings do not work yet.</source>
        <translation>Nustatymai dar neveikia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is Caps Lock on? The password looks as if it was typed in capitals.</source>
        <translation>Ar neįjungtas Caps Lock? Atrodo, kad slaptažodis surinktas didžiosiomis raidėmis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password contains Cyrillic letters: is the keyboard layout right?</source>
        <translation>Slaptažodyje yra kirilicos raidžių – ar įjungtas tinkamas klaviatūros išdėstymas?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider has rules for passwords in mail programs; see its notes.</source>
        <translation>Paslaugų teikėjas turi taisykles slaptažodžiams el.&#xa0;pašto programose – perskaitykite jo pastabas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the full address, or only the part before the @, as the user name.</source>
        <translation>Naudotojo vardu pabandykite nurodyti visą adresą arba tik jo dalį prieš @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider may require an app password for mail programs.</source>
        <translation>Paslaugų teikėjas gali reikalauti, kad el.&#xa0;pašto programose būtų naudojamas programos slaptažodis.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/write.py" line="+23"/>
        <source>write an account into Thunderbird or Outlook</source>
        <translation>įrašyti paskyrą į Thunderbird arba Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the settings for an address into a mail client.</source>
        <translation>Įrašo adreso nustatymus į el.&#xa0;pašto programą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mail clients</source>
        <translation>el.&#xa0;pašto programos</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="-101"/>
        <location filename="../wizard/cli/common.py" line="-232"/>
        <source>which kind of incoming server to use (default: the preferred one)</source>
        <translation>kokio tipo gaunamų laiškų serverį naudoti (numatytasis – tas, kuriam teikiama pirmenybė)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+6"/>
        <source>use the settings in this clientConfig XML file (as printed by &apos;detect --xml&apos;) instead of detecting them</source>
        <translation>naudoti šio clientConfig XML failo nustatymus (tokio, kokį išveda &apos;detect --xml&apos;), užuot jų ieškojus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a value the provider asks for, such as --field USERNAME=abc123 (repeatable)</source>
        <translation>paslaugų teikėjo prašoma reikšmė, pvz., --field USERNAME=abc123 (galima kartoti)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the e-mail address</source>
        <translation>el.&#xa0;pašto adresas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the result as JSON</source>
        <translation>išvesti rezultatą JSON formatu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the bundled provider list only</source>
        <translation>naudoti tik programos paslaugų teikėjų sąrašą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--field needs the form KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--field reikšmė turi būti KEY=VALUE pavidalo, o ne „%1“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The password on standard input is not valid text in the system&apos;s character set.</source>
        <translation>Slaptažodis standartinėje įvestyje nėra tekstas sistemos koduote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password was given on standard input.</source>
        <translation>Standartine įvestimi slaptažodis nepateiktas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An unexpected error stopped the command (%1); the details are in %2.</source>
        <translation>Komandą sustabdė netikėta klaida (%1); išsamiau – faile %2.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&apos;%1&apos; is not valid text: it holds bytes the system&apos;s character set cannot read.</source>
        <translation>„%1“ nėra tinkamas tekstas: jame yra baitų, kurių sistemos koduotė negali perskaityti.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is larger than %2 MB, so it was not read.</source>
        <translation>Failas %1 didesnis nei %2 MB, todėl jis neperskaitytas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preset %1 has a NUL character in %2, which no mail program accepts.</source>
        <translation>Išankstinių nustatymų faile %1 reikšmėje %2 yra simbolis NUL, kurio nepriima jokia el.&#xa0;pašto programa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings file %1 cannot be used (%2).</source>
        <translation>Nustatymų failo %1 naudoti negalima (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+221"/>
        <source>No settings were found for %1; give them with --config FILE.</source>
        <translation>Adresui %1 nustatymų nerasta; nurodykite juos su --config FILE.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+51"/>
        <location filename="../wizard/cli/commands/run.py" line="-53"/>
        <location filename="../wizard/cli/commands/verify.py" line="-127"/>
        <source>The settings have no IMAP or POP3 incoming server.</source>
        <translation>Nustatymuose nėra IMAP ar POP3 gaunamų laiškų serverio.</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../wizard/ui/pages/detect.py" line="+94"/>
        <source>Finding your settings</source>
        <translation>Ieškoma nustatymų</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>%1 asks several places at once. This takes a few seconds.</source>
        <translation>Programa %1 ieško keliose vietose vienu metu. Tai užtrunka kelias sekundes.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Where %1 is looking:</source>
        <translation>Kur ieško programa %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources asked</source>
        <translation>Šaltiniai, kuriuose ieškoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Ieškoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop searching</source>
        <translation>&amp;Nutraukti paiešką</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;again</source>
        <translation>Ieškoti &amp;dar kartą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter the settings myself</source>
        <translation>Įvesti nustatymus &amp;rankiniu būdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct the address</source>
        <translation>&amp;Pataisyti adresą</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>The search has ended; the list shows what each place answered.</source>
        <translation>Paieška baigta: sąraše matyti, ką atsakė kiekviena vieta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found the settings for %1.</source>
        <translation>Rasti %1 nustatymai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found. Click Next to enter them yourself.</source>
        <translation>Nustatymų nerasta. Spustelėkite „Toliau“ ir įveskite juos rankiniu būdu.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../wizard/ui/pages/done.py" line="+46"/>
        <source>All set</source>
        <translation>Viskas paruošta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here is what %1 did.</source>
        <translation>Štai ką atliko programa %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Thunderbird</source>
        <translation>&amp;Atverti Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left for you to do:</source>
        <translation>Ką jums dar reikia padaryti:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was added to Thunderbird (profile %2).</source>
        <translation>Paskyra %1 pridėta į Thunderbird (profilis %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The previous settings are kept as a copy in %1.</source>
        <translation>Ankstesnių nustatymų kopija laikoma aplanke %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was handed to Outlook.</source>
        <translation>Paskyra %1 perduota programai Outlook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file was saved as %1.</source>
        <translation>Nustatymų failas įrašytas: %1.</translation>
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
        <translation>Slaptažodis laikomas jūsų sistemos slaptažodžių saugykloje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password could not be kept in the system&apos;s password store.</source>
        <translation>Slaptažodžio nepavyko įrašyti į sistemos slaptažodžių saugyklą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your settings work; nothing was written.</source>
        <translation>Jūsų nustatymai veikia, bet niekur nieko neįrašyta.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../wizard/ui/errors.py" line="+97"/>
        <source>Something went wrong</source>
        <translation>Įvyko klaida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ran into a problem it did not expect. Your settings were not changed by it. If it happens again, copy the diagnostic report and send it to your support; it does not contain your password.</source>
        <translation>Programa %1 susidūrė su netikėta problema. Jūsų nustatymai dėl to nepakeisti. Jei tai pasikartos, nukopijuokite diagnostikos ataskaitą ir nusiųskite ją savo pagalbos tarnybai – jūsų slaptažodžio joje nėra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy diagnostic report</source>
        <translation>&amp;Kopijuoti diagnostikos ataskaitą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Nukopijuota</translation>
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
        <translation>Už&amp;verti</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Atga&amp;l</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Close %1?</source>
        <translation>Užverti programą %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you close %1 now, what you have typed is lost.</source>
        <translation>Jei dabar užversite programą %1, tai, ką įvedėte, bus prarasta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Tęsti darbą</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <location filename="../wizard/oauth/loopback.py" line="+30"/>
        <source>You are signed in. You can close this page and go back to %1.</source>
        <translation>Prisijungėte. Šį puslapį galite užverti ir grįžti į programą %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was refused. You can close this page and go back to %1.</source>
        <translation>Prisijungimas atmestas. Šį puslapį galite užverti ir grįžti į programą %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not work. You can close this page and go back to %1.</source>
        <translation>Prisijungti nepavyko. Šį puslapį galite užverti ir grįžti į programą %1.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../wizard/ui/pages/base.py" line="+112"/>
        <source>Something went wrong. The diagnostic report has the details.</source>
        <translation>Įvyko klaida. Išsamiau – diagnostikos ataskaitoje.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../wizard/ui/pages/password.py" line="+240"/>
        <source>Your name and password</source>
        <translation>Jūsų vardas ir slaptažodis</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Your na&amp;me:</source>
        <translation>Jūsų &amp;vardas:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 has rules for this password: read them below first.</source>
        <translation>%1 turi šio slaptažodžio taisykles: pirmiausia perskaitykite jas žemiau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is the one you use to sign in to your mail.</source>
        <translation>Tai tas pats slaptažodis, kuriuo jungiatės prie savo el.&#xa0;pašto.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>As others will see it, e.g. Anna Berg</source>
        <translation>Kaip jį matys kiti, pvz., Ona Jonaitė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Jūsų vardas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in the system&apos;s password store</source>
        <translation>Įsi&amp;minti slaptažodį sistemos slaptažodžių saugykloje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the sign-in</source>
        <translation>Laukiama prisijungimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password instead</source>
        <translation>Naudoti programos sl&amp;aptažodį</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sign in with %1</source>
        <translation>Prisijungimas per %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is needed for %1: you sign in on its own page.</source>
        <translation>Slaptažodžio %1 nereikia: prisijungiate paslaugų teikėjo puslapyje.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>&amp;Show</source>
        <translation>&amp;Rodyti</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>&amp;Hide</source>
        <translation>S&amp;lėpti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the password</source>
        <translation>Slėpti slaptažodį</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Rodyti slaptažodį</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Atrodo, kad įjungtas Caps Lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains Cyrillic letters. Check the keyboard layout if your password does not.</source>
        <translation>Slaptažodyje yra kirilicos raidžių. Jei jūsų slaptažodyje jų neturėtų būti, patikrinkite klaviatūros išdėstymą.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>pvz., %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What %1 says:</source>
        <translation>Ką nurodo %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you continue: %1</source>
        <translation>Prieš tęsiant: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the password: %1</source>
        <translation>Dėl slaptažodžio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information</source>
        <translation>Daugiau informacijos</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Sign in with %1 &amp;instead</source>
        <translation>Verčiau prisiju&amp;ngti per %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Prisijungti per %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thunderbird opens the sign-in page of %1 at its first start, so no password is needed here. %2 checks the servers without signing in.</source>
        <translation>Thunderbird pirmą kartą paleistas atvers %1 prisijungimo puslapį, todėl slaptažodžio čia nereikia. Programa %2 patikrins serverius neprisijungdama.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 signs you in on its own page. %2 opens it in your web browser; come back here when you are done.</source>
        <translation>%1 prisijungimą atlieka savo puslapyje. Programa %2 jį atvers jūsų naršyklėje; baigę grįžkite čia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You are signed in. %1 checks your settings with this sign-in; Thunderbird asks you to sign in once more at its first start.</source>
        <translation>Prisijungėte. Programa %1 patikrins nustatymus su šiuo prisijungimu; Thunderbird pirmą kartą paleistas paprašys prisijungti dar kartą.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search found that the mail of %1 is at %2, which signs you in on its own page.</source>
        <translation>Paieška parodė, kad domeno %1 paštą aptarnauja %2, o prisijungiama paslaugų teikėjo puslapyje.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This computer has no password store that %1 can use, so the password will not be remembered here.</source>
        <translation>Šiame kompiuteryje nėra slaptažodžių saugyklos, kurią galėtų naudoti programa %1, todėl slaptažodis čia nebus įsimintas.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Waiting for you to sign in in the web browser…</source>
        <translation>Laukiama, kol prisijungsite naršyklėje…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../wizard/ui/i18n.py" line="+85"/>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../wizard/ui/pages/review.py" line="+259"/>
        <source>Your settings</source>
        <translation>Jūsų nustatymai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you want to read your mail?</source>
        <translation>Kaip norite skaityti laiškus?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my mail on the server (IMAP, recommended)</source>
        <translation>La&amp;ikyti laiškus serveryje (IMAP, rekomenduojama)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download my mail to this computer (POP3)</source>
        <translation>&amp;Atsisiųsti laiškus į šį kompiuterį (POP3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With IMAP every device sees the same mail and folders; POP3 downloads new mail to this computer and by default keeps a copy on the server.</source>
        <translation>Naudojant IMAP, visuose įrenginiuose matomi tie patys laiškai ir aplankai. POP3 atsisiunčia naujus laiškus į šį kompiuterį ir pagal numatytuosius nustatymus palieka jų kopijas serveryje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit the settings myself</source>
        <translation>&amp;Keisti nustatymus rankiniu būdu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming mail</source>
        <translation>Gaunami laiškai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Siunčiami laiškai (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the settings that were found</source>
        <translation>Naudoti rastus nustatymus</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Type the settings from your provider&apos;s help page. %1 tries them when you click Next.</source>
        <translation>Įveskite nustatymus iš savo paslaugų teikėjo pagalbos puslapio. Spustelėjus „Toliau“, programa %1 juos išbandys.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type your server settings. Next, %1 will try them.</source>
        <translation>Įveskite serverių nustatymus. Paskui programa %1 juos išbandys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check what was found. Next, %1 will try them.</source>
        <translation>Patikrinkite rastus nustatymus. Paskui programa %1 juos išbandys.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>These are the settings for %1.</source>
        <translation>Štai %1 nustatymai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in: %1 (%2).</source>
        <translation>Rasta: %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Jūsų laiškai siunčiami kaip &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;, without a name.</source>
        <translation>Jūsų laiškai siunčiami iš &lt;b&gt;%1&lt;/b&gt;, be vardo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your domain handed the search on to %1, and these settings came from there. Compare them with your provider&apos;s help page.</source>
        <translation>Jūsų domenas perdavė paiešką į %1, ir šie nustatymai gauti iš ten. Palyginkite juos su paslaugų teikėjo pagalbos puslapiu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings came over an unencrypted connection, so someone could have changed them on the way. Compare them with your provider&apos;s help page.</source>
        <translation>Šie nustatymai gauti nešifruotu ryšiu, todėl pakeliui juos kas nors galėjo pakeisti. Palyginkite juos su paslaugų teikėjo pagalbos puslapiu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings &amp;match what my provider says</source>
        <translation>Nustatymai &amp;sutampa su tuo, ką nurodo mano paslaugų teikėjas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server %1 is given by its IP address, so nobody can tell whose server it is. Use it only if you expect that.</source>
        <translation>Serveris %1 nurodytas IP adresu, todėl negalima pasakyti, kieno jis. Naudokite jį tik tada, jei to tikėjotės.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;trust the server %1 with my mail</source>
        <translation>&amp;Sutinku patikėti savo laiškus serveriui %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 does not belong to your provider but to %2. Use it only if you expect that.</source>
        <translation>Serveris %1 priklauso ne jūsų paslaugų teikėjui, o %2. Naudokite jį tik tada, jei to tikėjotės.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;trust %1 with my mail</source>
        <translation>&amp;Sutinku patikėti savo laiškus %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody vouches for these settings; they were worked out by trying.</source>
        <translation>Už šiuos nustatymus niekas negarantuoja – jie nustatyti bandymų būdu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server does not encrypt the connection: others could read your mail.</source>
        <translation>Vienas iš serverių nešifruoja ryšio – kiti galėtų perskaityti jūsų laiškus.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <location line="-376"/>
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Serveris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Prievadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption:</source>
        <translation>Šifravimas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Naudotojo vardas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in:</source>
        <translation>Prisijungimo būdas:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: type of server</source>
        <translation>%1: serverio tipas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: server name</source>
        <translation>%1: serverio adresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: port</source>
        <translation>%1: prievadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: encryption</source>
        <translation>%1: šifravimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: user name</source>
        <translation>%1: naudotojo vardas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sign-in method</source>
        <translation>%1: prisijungimo būdas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. mail.example.com</source>
        <translation>pvz., mail.example.com</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../wizard/ui/support.py" line="+31"/>
        <source>Your provider&apos;s support can help:</source>
        <translation>Jums padės jūsų paslaugų teikėjo pagalbos tarnyba:</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../wizard/ui/pages/targets.py" line="+133"/>
        <source>Where to set it up</source>
        <translation>Kur nustatyti paskyrą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings work. Choose where to use them.</source>
        <translation>Nustatymai veikia. Pasirinkite, kur juos naudoti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Thunderbird</source>
        <translation>Pridėti paskyrą į T&amp;hunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profilis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird profile</source>
        <translation>Thunderbird profilis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>Tikrinti &amp;dar kartą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Outlook</source>
        <translation>Pridėti paskyrą į &amp;Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a settings file for another device or program</source>
        <translation>Į&amp;rašyti nustatymų failą kitam įrenginiui ar programai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Failo tipas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of settings file</source>
        <translation>Nustatymų failo tipas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Įrašyti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Include the password (keep the file private)</source>
        <translation>Įtraukti &amp;slaptažodį (failo niekam neduokite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR kodas Thunderbird programai (Android)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(open in Thunderbird)</source>
        <translation>(atvertas programoje Thunderbird)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Thunderbird was not found on this computer. Install it and start it once, then click Check again.</source>
        <translation>Šiame kompiuteryje programa Thunderbird nerasta. Įdiekite ją, vieną kartą paleiskite ir spustelėkite „Tikrinti dar kartą“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is open. Close it, then click Check again.</source>
        <translation>Programa Thunderbird atverta. Užverkite ją ir spustelėkite „Tikrinti dar kartą“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Šiame kompiuteryje neįdiegta klasikinė programa Outlook.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook.com ir Microsoft 365 paskyras Outlook prideda per savo paskyrų nustatymą, kuris atveria Microsoft prisijungimo puslapį: Outlook programoje pasirinkite „Failas“, tada „Įtraukti paskyrą“ ir įveskite %1.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Save the settings file</source>
        <translation>Įrašyti nustatymų failą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved: %1</source>
        <translation>Įrašyta: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../wizard/texts.py" line="+66"/>
        <source>This is not a complete e-mail address yet.</source>
        <translation>Tai dar ne visas el.&#xa0;pašto adresas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This setup is for addresses at %1.</source>
        <translation>Ši programa skirta adresams domene %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password of this address.</source>
        <translation>Įveskite šio adreso slaptažodį.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 first, or use an app password instead.</source>
        <translation>Pirmiausia prisijunkite per %1 arba naudokite programos slaptažodį.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider also needs: %1.</source>
        <translation>Paslaugų teikėjui dar reikia: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: type it on one line, without tabs or other control characters.</source>
        <translation>%1: įveskite viena eilute, be tabuliavimo ir kitų valdymo simbolių.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started yet.</source>
        <translation>Dar nepradėta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No settings were found for this address. Enter them yourself; your provider&apos;s help pages list them.</source>
        <translation>Šiam adresui nustatymų nerasta. Įveskite juos rankiniu būdu – jie nurodyti paslaugų teikėjo pagalbos puslapiuose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search for the settings failed. Try again, or enter them yourself.</source>
        <translation>Nustatymų paieška nepavyko. Bandykite dar kartą arba įveskite nustatymus rankiniu būdu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search was stopped. Search again, or enter the settings yourself.</source>
        <translation>Paieška nutraukta. Ieškokite dar kartą arba įveskite nustatymus rankiniu būdu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no servers to use yet. Enter them yourself.</source>
        <translation>Kol kas nėra serverių, kuriuos būtų galima naudoti. Įveskite juos rankiniu būdu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the highlighted field.</source>
        <translation>Patikrinkite pažymėtą lauką.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that you trust %1 with your mail before you continue.</source>
        <translation>Prieš tęsiant patvirtinkite, kad sutinkate patikėti savo laiškus %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that these settings are your provider&apos;s before you continue.</source>
        <translation>Prieš tęsdami patvirtinkite, kad tai jūsų paslaugų teikėjo nustatymai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 does not encrypt the connection. Decide whether to use it.</source>
        <translation>Serveris %1 nešifruoja ryšio. Nuspręskite, ar jį naudoti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings do not work yet. See what to do above.</source>
        <translation>Nustatymai dar neveikia. Ką daryti, parašyta aukščiau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check itself failed unexpectedly. Try again.</source>
        <translation>Patikrinimas netikėtai nepavyko. Bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one place.</source>
        <translation>Pasirinkite bent vieną vietą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a Thunderbird profile.</source>
        <translation>Pasirinkite Thunderbird profilį.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird is running. Close it, then click Check again.</source>
        <translation>Programa Thunderbird veikia. Užverkite ją ir spustelėkite „Tikrinti dar kartą“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the settings file first, or untick that choice.</source>
        <translation>Pirmiausia įrašykite nustatymų failą arba atžymėkite šį pasirinkimą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incoming server&apos;s name is not valid.</source>
        <translation>Netinkamas gaunamų laiškų serverio adresas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming port must be 1 to 65535.</source>
        <translation>Gaunamų laiškų serverio prievadas turi būti nuo 1 iki 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for incoming mail.</source>
        <translation>Įveskite gaunamų laiškų serverio naudotojo vardą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing server&apos;s name is not valid.</source>
        <translation>Netinkamas siunčiamų laiškų serverio adresas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing port must be 1 to 65535.</source>
        <translation>Siunčiamų laiškų serverio prievadas turi būti nuo 1 iki 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for outgoing mail.</source>
        <translation>Įveskite siunčiamų laiškų serverio naudotojo vardą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type an e-mail address.</source>
        <translation>Įveskite el.&#xa0;pašto adresą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address has the form name@example.com.</source>
        <translation>El.&#xa0;pašto adresas atrodo taip: vardas@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ is not valid.</source>
        <translation>Netinkama adreso dalis prieš @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @ is not a complete domain name.</source>
        <translation>Adreso dalis po @ nėra visas domeno vardas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is too long.</source>
        <translation>Šis adresas per ilgas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your administrator&apos;s provider list</source>
        <translation>Jūsų administratoriaus paslaugų teikėjų sąrašas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website</source>
        <translation>Jūsų paslaugų teikėjo svetainė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird&apos;s provider database</source>
        <translation>Thunderbird paslaugų teikėjų duomenų bazė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail servers named for your domain</source>
        <translation>Jūsų domenui nurodyti pašto serveriai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service records of your domain</source>
        <translation>Jūsų domeno paslaugų įrašai (SRV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Autodiscover</source>
        <translation>Microsoft Autodiscover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website (unencrypted)</source>
        <translation>Jūsų paslaugų teikėjo svetainė (nešifruotas ryšys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying the usual server names</source>
        <translation>Bandomi įprasti serverių adresai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by you</source>
        <translation>Įvesta jūsų</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A settings file</source>
        <translation>Nustatymų failas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s settings for its customers</source>
        <translation>%1 nustatymai klientams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trusted</source>
        <translation>patikima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>please confirm</source>
        <translation>reikia patvirtinti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified, please check</source>
        <translation>nepatikrinta, pasitikrinkite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>laukiama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking…</source>
        <translation>klausiama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found</source>
        <translation>rasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing there</source>
        <translation>nieko nerasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nepavyko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>nebereikia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>praleista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>nutraukta</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another source</source>
        <translation>Kitas šaltinis</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1&apos;s own provider list</source>
        <translation>Programos %1 paslaugų teikėjų sąrašas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is asking here now.</source>
        <translation>Programa %1 čia klausia dabar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>encrypted (SSL/TLS)</source>
        <translation>šifruojamas (SSL/TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted (STARTTLS)</source>
        <translation>šifruojamas (STARTTLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted</source>
        <translation>nešifruojamas</translation>
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
        <translation>Be šifravimo (nesaugu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal password</source>
        <translation>Įprastas slaptažodis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password</source>
        <translation>Šifruotas slaptažodis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in through the provider (OAuth2)</source>
        <translation>Prisijungimas per paslaugų teikėją (OAuth2)</translation>
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
        <translation>Pagal kompiuterio tinklo adresą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Kliento sertifikatas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check incoming mail first</source>
        <translation>Pirmiausia patikrinti gaunamus laiškus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in</source>
        <translation>Be prisijungimo</translation>
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
        <translation>Laiškai siunčiami per &lt;b&gt;%1&lt;/b&gt; (prievadas %2), ryšys %3, naudotojo vardas %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads mail from &lt;b&gt;%1&lt;/b&gt; (POP3, port %2), %3, signing in as %4.</source>
        <translation>Laiškai atsisiunčiami iš &lt;b&gt;%1&lt;/b&gt; (POP3, prievadas %2), ryšys %3, naudotojo vardas %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps mail on &lt;b&gt;%1&lt;/b&gt; (%5, port %2), %3, signing in as %4.</source>
        <translation>Laiškai laikomi serveryje &lt;b&gt;%1&lt;/b&gt; (%5, prievadas %2), ryšys %3, naudotojo vardas %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the user name or the password.</source>
        <translation>Serveris nepriėmė naudotojo vardo arba slaptažodžio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s security certificate has expired, so your password was not sent.</source>
        <translation>Baigėsi serverio saugumo sertifikato galiojimas, todėl jūsų slaptažodis nebuvo išsiųstas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s security certificate is made out for another server, so your password was not sent.</source>
        <translation>Serverio saugumo sertifikatas išduotas kitam serveriui, todėl jūsų slaptažodis nebuvo išsiųstas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate comes from an unknown authority, so your password was not sent.</source>
        <translation>Serverio saugumo sertifikato išdavėjas nežinomas, todėl jūsų slaptažodis nebuvo išsiųstas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server signed its security certificate itself, so your password was not sent.</source>
        <translation>Serveris pats pasirašė savo saugumo sertifikatą, todėl jūsų slaptažodis nebuvo išsiųstas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the server could not be made.</source>
        <translation>Nepavyko užmegzti saugaus ryšio su serveriu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no server with this name. Check the server name for typing errors.</source>
        <translation>Serverio tokiu adresu nėra. Patikrinkite, ar serverio adresas parašytas be klaidų.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached. Check your Internet connection, the port and the encryption.</source>
        <translation>Nepavyko pasiekti serverio. Patikrinkite interneto ryšį, prievadą ir šifravimą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Serveris laiku neatsakė. Bandykite vėliau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer offers encryption (STARTTLS), so your password was not sent.</source>
        <translation>Serveris nebesiūlo šifravimo (STARTTLS), todėl jūsų slaptažodis nebuvo išsiųstas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted and you did not allow sending the password over it.</source>
        <translation>Ryšys nešifruojamas, o jūs neleidote juo siųsti slaptažodžio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered in a way that does not fit these settings.</source>
        <translation>Serverio atsakymas neatitinka šių nustatymų.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was stopped.</source>
        <translation>Patikrinimas nutrauktas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caps Lock may have been on while you typed the password.</source>
        <translation>Galbūt renkant slaptažodį buvo įjungtas Caps Lock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password contains Cyrillic letters: perhaps the keyboard layout was not the usual one.</source>
        <translation>Slaptažodyje yra kirilicos raidžių – galbūt buvo įjungtas neįprastas klaviatūros išdėstymas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your provider has rules for passwords in mail programs; see its notes.</source>
        <translation>Jūsų paslaugų teikėjas turi taisykles slaptažodžiams el.&#xa0;pašto programose – perskaitykite jo pastabas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some providers want the full e-mail address as the user name, others only the part before the @. Try the other form with Change the settings.</source>
        <translation>Vieni paslaugų teikėjai naudotojo vardu laiko visą el. pašto adresą, kiti – tik dalį prieš @. Pabandykite kitą variantą: spustelėkite „Keisti nustatymus“.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The account needs several QR codes; scan them one after another.</source>
        <translation>Paskyrai reikia kelių QR kodų – nuskaitykite juos iš eilės.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thunderbird is running: close Thunderbird first, then try again.</source>
        <translation>Programa Thunderbird veikia: pirmiausia ją užverkite, tada bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook is running: close Outlook first, then try again.</source>
        <translation>Programa Outlook veikia: pirmiausia ją užverkite, tada bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kind of account cannot be set up in Thunderbird by %1.</source>
        <translation>Programa %1 negali nustatyti tokios paskyros programoje Thunderbird.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 could not save the password for Thunderbird, so Thunderbird asks for it once; let it remember it.</source>
        <translation>Programai %1 nepavyko įrašyti slaptažodžio į Thunderbird, todėl Thunderbird vieną kartą jo paprašys – leiskite programai jį įsiminti.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The account needs %n QR codes; scan them one after another.</source>
        <translation>
            <numerusform>Paskyrai reikia %n QR kodo – nuskaitykite juos iš eilės.</numerusform>
            <numerusform>Paskyrai reikia %n QR kodų – nuskaitykite juos iš eilės.</numerusform>
            <numerusform>Paskyrai reikia %n QR kodų – nuskaitykite juos iš eilės.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%2 is not registered for the sign-in at %1, so it checks only what it can without signing in.</source>
        <translation>Programa %2 neregistruota prisijungimui prie %1, todėl tikrina tik tai, ką galima patikrinti neprisijungus.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Your provider asks for a separate password for mail programs: create one in your account&apos;s settings on its website and use it here.</source>
        <translation>Jūsų paslaugų teikėjas el.&#xa0;pašto programoms reikalauja atskiro slaptažodžio (programos slaptažodžio): sukurkite jį savo paskyros nustatymuose teikėjo svetainėje ir įveskite čia.</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Type your e-mail address, or find your provider in the list.</source>
        <translation>Įveskite el.&#xa0;pašto adresą arba raskite savo paslaugų teikėją sąraše.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer seems to be offline: no name server answered. Check the Internet connection, then click Search again.</source>
        <translation>Atrodo, kad šis kompiuteris neprisijungęs prie interneto: neatsakė nė vienas DNS serveris. Patikrinkite interneto ryšį ir spustelėkite „Ieškoti dar kartą“.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="-69"/>
        <location filename="../wizard/texts.py" line="+5"/>
        <source>The domain %1 does not exist. Is there a typing error in the address?</source>
        <translation>Domeno %1 nėra. Gal adrese yra rašybos klaida?</translation>
    </message>
    <message>
        <location filename="../wizard/texts.py" line="+100"/>
        <source>Not asked yet.</source>
        <translation>Dar neklausta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings for your address were found here.</source>
        <translation>Čia rasti jūsų adreso nustatymai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no settings for your address here.</source>
        <translation>Čia nėra jūsų adreso nustatymų.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usable answer came from here.</source>
        <translation>Iš čia negauta tinkamo atsakymo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed any more: a better answer came, or the time was up.</source>
        <translation>Nebereikia: gautas geresnis atsakymas arba baigėsi laikas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked: it was not needed.</source>
        <translation>Neklausta: to neprireikė.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped the search before this answered.</source>
        <translation>Paiešką nutraukėte anksčiau, nei čia atsakė.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical details: %1</source>
        <translation>Techninė informacija: %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This server takes only your provider&apos;s own sign-in, so the password was not sent; sign in with your provider instead.</source>
        <translation>Šis serveris priima tik jūsų paslaugų teikėjo prisijungimą, todėl slaptažodis nebuvo išsiųstas; prisijunkite per paslaugų teikėją.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither server could be reached: this computer seems to be offline. Check the Internet connection, then click Try again.</source>
        <translation>Nepavyko pasiekti nė vieno serverio: atrodo, kad šis kompiuteris neprisijungęs prie interneto. Patikrinkite interneto ryšį ir spustelėkite „Bandyti dar kartą“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The check failed.</source>
        <translation>Patikrinimas nepavyko.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the settings and try again.</source>
        <translation>Patikrinkite nustatymus ir bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thunderbird settings file (XML)</source>
        <translation>Thunderbird nustatymų failas (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple profile for iPhone, iPad and Mac</source>
        <translation>Apple profilis, skirtas iPhone, iPad ir Mac</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook profile file (PRF)</source>
        <translation>Outlook profilio failas (PRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR kodas Thunderbird programai (Android)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings as JSON</source>
        <translation>Nustatymai JSON formatu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outlook asks for the password the first time it fetches mail; tick Remember password there.</source>
        <translation>Pirmą kartą gaudama laiškus programa Outlook paprašys slaptažodžio – tada pažymėkite „Įsiminti slaptažodį“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Outlook, open Account Settings, More Settings, Advanced, and set the incoming server&apos;s encryption to STARTTLS (%1).</source>
        <translation>Programoje Outlook atverkite „Paskyros parametrai“ → „Daugiau parametrų“ → „Išsamiau“ ir gaunamų laiškų serverio šifravimui pasirinkite STARTTLS (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is used without encryption.</source>
        <translation>Serveris %1 naudojamas be šifravimo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line breaks in your name were replaced by spaces: %1.</source>
        <translation>Eilučių lūžiai jūsų varde pakeisti tarpais: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name cannot be written in this file, so the address is used instead; you can change it in the mail program.</source>
        <translation>Jūsų vardo į šį failą įrašyti negalima, todėl vietoj jo naudojamas adresas. Vardą galėsite pakeisti el.&#xa0;pašto programoje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook uses a profile named %1 for this account; an older one is replaced.</source>
        <translation>Šiai paskyrai Outlook naudoja profilį %1; jei toks profilis jau buvo, jis pakeičiamas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is added to Outlook&apos;s profile %1; its other accounts stay.</source>
        <translation>Paskyra pridedama prie Outlook profilio %1; kitos jame esančios paskyros lieka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new Outlook cannot be set up from a file: add the account there yourself by typing the address.</source>
        <translation>Naujosios programos Outlook negalima nustatyti iš failo: paskyrą joje pridėkite rankiniu būdu – tereikia įvesti el.&#xa0;pašto adresą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file sets up %1 access; the mail program sets up Exchange by itself.</source>
        <translation>Failas nustato prieigą per %1; Exchange el.&#xa0;pašto programa nustatys pati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot name the usual sign-in method, so %1 is used.</source>
        <translation>Šiame faile negalima nurodyti įprasto prisijungimo būdo, todėl naudojamas būdas „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file contains your password in readable form: send it only over a safe channel and delete it once the account works.</source>
        <translation>Faile jūsų slaptažodis įrašytas atviru tekstu: siųskite failą tik saugiu būdu ir ištrinkite jį, kai paskyra veiks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no password; the mail program will ask for it.</source>
        <translation>Faile slaptažodžio nėra – el.&#xa0;pašto programa jo paprašys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code holds much data: show it large and sharp when you scan it.</source>
        <translation>QR kode daug duomenų, todėl nuskaitymui rodykite jį didelį ir ryškų.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lets mail programs in only through its own sign-in page, which a profile cannot carry, so the profile holds no password: sign in on the device when it asks.</source>
        <translation>%1 pašto programas įleidžia tik per savo prisijungimo puslapį, kurio profilis perduoti negali, todėl profilyje slaptažodžio nėra: prisijunkite įrenginyje, kai jis paprašys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook is starting and takes over the account now.</source>
        <translation>Paleidžiama programa Outlook – ji dabar perims paskyrą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook takes over the account the next time it starts.</source>
        <translation>Programa Outlook perims paskyrą, kai kitą kartą ją paleisite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is not installed on this computer.</source>
        <translation>Šiame kompiuteryje neįdiegta programa Thunderbird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Thunderbird profile in that folder.</source>
        <translation>Šiame aplanke nėra Thunderbird profilio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program is running. Close it and try again.</source>
        <translation>Programa veikia. Užverkite ją ir bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird&apos;s settings file could not be read, so nothing was changed.</source>
        <translation>Nepavyko perskaityti Thunderbird nustatymų failo, todėl niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird&apos;s password file could not be read, so nothing was changed.</source>
        <translation>Nepavyko perskaityti Thunderbird slaptažodžių failo, todėl niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>The password could not be saved in Thunderbird; it will ask for it.</source>
        <translation>Nepavyko įrašyti slaptažodžio į Thunderbird – programa jo paprašys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written. Check that the folder is writable.</source>
        <translation>Nepavyko įrašyti failo. Patikrinkite, ar į aplanką leidžiama rašyti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an ordinary file is replaced, and this name belongs to a folder, device, pipe or link.</source>
        <translation>Keičiamas tik įprastas failas, o šis pavadinimas priklauso aplankui, įrenginiui, kanalui ar nuorodai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outlook can only be set up on Windows.</source>
        <translation>Programą Outlook galima nustatyti tik Windows sistemoje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Šiame kompiuteryje neįdiegta klasikinė programa Outlook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Outlook profile file is missing.</source>
        <translation>Outlook profilio failo nėra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook could not take over the account.</source>
        <translation>Programai Outlook nepavyko perimti paskyros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server name cannot be written to this file.</source>
        <translation>Serverio adreso į šį failą įrašyti negalima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name cannot be written to this file.</source>
        <translation>Naudotojo vardo į šį failą įrašyti negalima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address cannot be written to this file.</source>
        <translation>Adreso į šį failą įrašyti negalima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password cannot be written to this file.</source>
        <translation>Slaptažodžio į šį failą įrašyti negalima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some text cannot be written in this file&apos;s character set.</source>
        <translation>Dalies teksto negalima įrašyti šio failo koduote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe these servers.</source>
        <translation>Šio tipo faile negalima aprašyti šių serverių.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe an Exchange-only account.</source>
        <translation>Šio tipo faile negalima aprašyti paskyros, kuri veikia tik per Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe the server&apos;s sign-in method.</source>
        <translation>Šio tipo faile negalima nurodyti serverio prisijungimo būdo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file type cannot hold an address with non-Latin letters.</source>
        <translation>Šio tipo faile negali būti adreso su nelotyniškomis raidėmis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings are too large for this file type.</source>
        <translation>Nustatymai per dideli šio tipo failui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value cannot be written to this file.</source>
        <translation>Vienos iš reikšmių į šį failą įrašyti negalima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is needed for this file.</source>
        <translation>Šiam failui reikia slaptažodžio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value your provider needs is missing.</source>
        <translation>Trūksta duomenų, kurių reikia paslaugų teikėjui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup: no profile file is needed.</source>
        <translation>Outlook.com ir Microsoft 365 paskyras Outlook prideda per savo paskyrų nustatymą: profilio failo nereikia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thunderbird knows your password and will not ask.</source>
        <translation>Thunderbird žino jūsų slaptažodį ir jo neklaus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird asks for your password the first time; let it remember it.</source>
        <translation>Pirmą kartą Thunderbird paprašys slaptažodžio – leiskite programai jį įsiminti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account needs no password in Thunderbird.</source>
        <translation>Šiai paskyrai Thunderbird slaptažodžio nereikia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird stores no password for this account: it opens your provider&apos;s sign-in page the first time it connects.</source>
        <translation>Thunderbird šios paskyros slaptažodžio nesaugo: pirmą kartą jungdamasis jis atvers jūsų paslaugų teikėjo prisijungimo puslapį.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your Thunderbird passwords are protected by a primary password, so Thunderbird asks for the mail password the first time; let it remember it.</source>
        <translation>Jūsų Thunderbird slaptažodžius saugo pagrindinis slaptažodis, todėl pirmą kartą Thunderbird paprašys el.&#xa0;pašto slaptažodžio – leiskite programai jį įsiminti.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The sign-in registrations file %1 could not be read.</source>
        <translation>Nepavyko perskaityti prisijungimo registracijų failo %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web browser could not be opened for the sign-in at %1.</source>
        <translation>Nepavyko atverti naršyklės prisijungimui prie %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 was refused, so nothing was set up.</source>
        <translation>Prisijungimas prie %1 atmestas, todėl niekas nenustatyta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in at %1 was not finished in time; the browser may have been closed.</source>
        <translation>Prisijungimas prie %1 nebaigtas laiku; galbūt naršyklė buvo užverta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer from the browser did not belong to this sign-in at %1, so it was ignored.</source>
        <translation>Atsakymas iš naršyklės nepriklausė šiam prisijungimui prie %1, todėl jo nepaisyta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 did not work.</source>
        <translation>Prisijungti prie %1 nepavyko.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 did not answer in time.</source>
        <translation>Prisijungimo tarnyba %1 laiku neatsakė.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 could not be reached.</source>
        <translation>Nepavyko pasiekti prisijungimo tarnybos %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 refused the sign-in; please sign in again.</source>
        <translation>Prisijungimo tarnyba %1 atmetė prisijungimą; prisijunkite iš naujo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please sign in at %1 first.</source>
        <translation>Pirmiausia prisijunkite prie %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 answered in an unexpected way.</source>
        <translation>Prisijungimo tarnyba %1 atsakė netikėtai.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../wizard/ui/pages/welcome.py" line="+181"/>
        <source>Set up your e-mail</source>
        <translation>Nustatykite savo el.&#xa0;paštą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail &amp;address:</source>
        <translation>Jūsų el.&#xa0;pašto &amp;adresas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>vardas@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>El.&#xa0;pašto adresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find my provider</source>
        <translation>&amp;Rasti savo paslaugų teikėją</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a list of providers to search by name, for when you are not sure of your address.</source>
        <translation>Atveria paslaugų teikėjų sąrašą, kuriame galima ieškoti pagal pavadinimą, jei nesate tikri dėl adreso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>&amp;Set up this address anyway</source>
        <translation>Vis tiek &amp;nustatyti šį adresą</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Search for your provider by its name or domain:</source>
        <translation>&amp;Ieškokite paslaugų teikėjo pagal pavadinimą arba domeną:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Seznam or gmail.com</source>
        <translation>pvz., Inbox arba gmail.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Enter or click to pick a provider; its domain goes into the address.</source>
        <translation>Norėdami pasirinkti paslaugų teikėją, paspauskite Enter arba spustelėkite; jo domenas bus įrašytas į adresą.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Provider: %1, chosen from the list; it hosts your own domain.</source>
        <translation>Paslaugų teikėjas: %1, pasirinktas sąraše; jis aptarnauja jūsų nuosavą domeną.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>Paslaugų teikėjas: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Search providers</source>
        <translation>Paslaugų teikėjų paieška</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Type your e-mail address: %1 finds the settings by itself.</source>
        <translation>Įveskite el.&#xa0;pašto adresą – programa %1 pati suras nustatymus.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Providers</source>
        <translation>Paslaugų teikėjai</translation>
    </message>
</context>
</TS>
