<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <location filename="../wizard/ui/widgets.py" line="+50"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <location filename="../wizard/brand/folder.py" line="+198"/>
        <source>%1: &apos;%2&apos; can be &quot;stop&quot; only when &apos;%3&apos; is true.</source>
        <translation>%1: ключ &apos;%2&apos; может иметь значение &quot;stop&quot;, только если &apos;%3&apos; равен true.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is larger than %2 KB.</source>
        <translation>%1 больше %2 КБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 is not valid TOML (%2).</source>
        <translation>%1 — некорректный файл TOML (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a known key.</source>
        <translation>%1: неизвестный ключ &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a table of its own ([%2]).</source>
        <translation>%1: &apos;%2&apos; должен быть отдельной таблицей ([%2]).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is missing.</source>
        <translation>%1: нет ключа &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; must be text in quotes.</source>
        <translation>%1: значение &apos;%2&apos; должно быть текстом в кавычках.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>%1: &apos;%2&apos; is empty.</source>
        <translation>%1: значение &apos;%2&apos; пустое.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1: &apos;%2&apos; is longer than %3 characters.</source>
        <translation>%1: значение &apos;%2&apos; длиннее %3 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../wizard/cli/common.py" line="+94"/>
        <source>%1: &apos;%2&apos; must be one line without control characters.</source>
        <translation>%1: значение &apos;%2&apos; должно быть одной строкой без управляющих символов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; may hold only lower-case Latin letters, digits and hyphens, and must start with a letter or a digit.</source>
        <translation>%1: значение &apos;%2&apos; может содержать только строчные латинские буквы, цифры и дефисы и должно начинаться с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; may hold only Latin letters, digits, dots, hyphens and underscores, and must start with a letter or a digit.</source>
        <translation>%1: значение &apos;%2&apos; может содержать только латинские буквы, цифры, точки, дефисы и подчёркивания и должно начинаться с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &apos;%2&apos; must be true or false.</source>
        <translation>%1: значение &apos;%2&apos; должно быть true или false.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be one of %3.</source>
        <translation>%1: значение &apos;%2&apos; должно быть одним из: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a list of texts in quotes.</source>
        <translation>%1: значение &apos;%2&apos; должно быть списком текстов в кавычках.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; may hold only %3.</source>
        <translation>%1: список &apos;%2&apos; может содержать только: %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &apos;%2&apos; must name a path inside the brand folder.</source>
        <translation>%1: ключ &apos;%2&apos; должен указывать на путь внутри папки бренда.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; names %3, which is larger than %4 KB.</source>
        <translation>%1: ключ &apos;%2&apos; указывает на %3, а этот файл больше %4 КБ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; names %3, which cannot be read (%4).</source>
        <translation>%1: ключ &apos;%2&apos; указывает на %3, но его не удаётся прочитать (%4).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; names %3, which is not a PNG or SVG image (%4).</source>
        <translation>%1: ключ &apos;%2&apos; указывает на %3, но это не изображение PNG или SVG (%4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &apos;%2&apos; names %3, which is not a folder.</source>
        <translation>%1: ключ &apos;%2&apos; указывает на %3, но это не папка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds no provider files (*.xml).</source>
        <translation>%1: ключ &apos;%2&apos; указывает на папку %3, в которой нет файлов почтовых сервисов (*.xml).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names the folder %3, which holds more than %4 provider files.</source>
        <translation>%1: ключ &apos;%2&apos; указывает на папку %3, в которой больше %4 файлов почтовых сервисов.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &apos;%2&apos; names %3, which is not a valid provider file (%4).</source>
        <translation>%1: ключ &apos;%2&apos; указывает на %3, но это некорректный файл почтового сервиса (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; names %3, which lists no domain.</source>
        <translation>%1: ключ &apos;%2&apos; указывает на %3, но в этом файле не указан ни один домен.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &apos;%2&apos; needs at least one of web, phone and email.</source>
        <translation>%1: в &apos;%2&apos; нужен хотя бы один из ключей web, phone и email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an https:// web address.</source>
        <translation>%1: значение &apos;%2&apos; не является веб-адресом https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not a phone number.</source>
        <translation>%1: значение &apos;%2&apos; не является номером телефона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not an e-mail address.</source>
        <translation>%1: значение &apos;%2&apos; не является адресом электронной почты.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; may only hold targets that &apos;%3&apos; offers.</source>
        <translation>%1: список &apos;%2&apos; может содержать только варианты из списка &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../wizard/ui/certificate.py" line="+74"/>
        <source>Security certificate</source>
        <translation>Сертификат безопасности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Действителен с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Отпечаток сертификата (SHA-256):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trust this certificate only if your provider told you to expect it, for example by giving you this fingerprint.</source>
        <translation>Доверяйте этому сертификату, только если ваш почтовый сервис предупредил вас о нём — например, сообщил вам этот отпечаток.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Доверять этому сертификату для %1</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../wizard/ui/pages/checking.py" line="+115"/>
        <source>Trying your settings</source>
        <translation>Проверка настроек</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving mail</source>
        <translation>Получение почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending mail</source>
        <translation>Отправка почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the &amp;certificate…</source>
        <translation>Показать &amp;сертификат…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&amp;Type the password again</source>
        <translation>Ввести пароль &amp;заново</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Try &amp;again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 signs in to receive and to send mail, without sending anything.</source>
        <translation>Программа %1 входит на серверы входящей и исходящей почты, ничего не отправляя.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hange the settings</source>
        <translation>&amp;Изменить настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No encryption</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Sign &amp;in again</source>
        <translation>&amp;Войти ещё раз</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing in to %1…</source>
        <translation>Выполняем вход на %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to sign in to %1.</source>
        <translation>Ожидание входа на %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers over an encrypted connection and offers your provider&apos;s sign-in.</source>
        <translation>%1 отвечает по зашифрованному соединению и предлагает вход через ваш почтовый сервис.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to %1: receiving mail works.</source>
        <translation>Вход на %1 выполнен: получение почты работает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to %1: sending mail works.</source>
        <translation>Вход на %1 выполнен: отправка почты работает.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was passed over: %2</source>
        <translation>%1 пропущен: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1:</source>
        <translation>Сервер %1:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What you can do:</source>
        <translation>Что можно сделать:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation>Ответ сервера: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server %1 does not encrypt the connection. Anyone on the network could read your password and your mail.</source>
        <translation>Сервер %1 не шифрует соединение. Ваш пароль и письма сможет прочитать любой, у кого есть доступ к сети.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send my password without encryption anyway</source>
        <translation>Всё равно &amp;отправлять пароль без шифрования</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../wizard/cli/__init__.py" line="+59"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing: %1</source>
        <translation>не указаны обязательные аргументы: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown arguments: %1</source>
        <translation>неизвестные аргументы: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be %2; choose one of %3</source>
        <translation>%1 не может иметь значение %2; выберите одно из: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value</source>
        <translation>для %1 нужно указать значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be %2</source>
        <translation>%1 не может иметь значение %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 cannot be used together</source>
        <translation>%1 и %2 нельзя использовать вместе</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>arguments</source>
        <translation>аргументы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show this help and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show what happens on standard error (-vv: in more detail)</source>
        <translation>показывать ход работы в стандартном потоке ошибок (-vv: подробнее)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; reads as an option; put -- before an address that starts with &apos;-&apos;.</source>
        <translation>«%1» воспринимается как параметр; если адрес начинается с «-», поставьте перед ним --.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please give an e-mail address.</source>
        <translation>Укажите адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an e-mail address: it needs the form name@example.com.</source>
        <translation>«%1» — не адрес электронной почты: адрес должен иметь вид name@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ in &apos;%1&apos; is not valid.</source>
        <translation>В адресе «%1» часть до знака @ указана неверно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ in &apos;%1&apos; is not a valid domain name.</source>
        <translation>В адресе «%1» после знака @ стоит недопустимое имя домена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address &apos;%1&apos; is too long to be an e-mail address.</source>
        <translation>Адрес «%1» слишком длинный для адреса электронной почты.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up an e-mail account: find the server settings, prove them, and write them into Thunderbird or Outlook or a settings file. Without a command the wizard window opens.</source>
        <translation>Настраивает учётную запись электронной почты: находит настройки серверов, проверяет, что они работают, и записывает их в Thunderbird, Outlook или файл настроек. Без команды открывается окно программы Mail Wizard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run as the ISP&apos;s own edition in DIR (its name, providers, language and support contacts); without it, the brand folder in the per-machine config folder, if any</source>
        <translation>работать как собственная версия провайдера из папки DIR (её название, почтовые сервисы, язык и контакты поддержки); без параметра — папка бренда в общей папке настроек компьютера, если она есть</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>commands</source>
        <translation>команды</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>stopped.</source>
        <translation>прервано.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no graphical display here, so the wizard window cannot open; the commands work without one (see mailwizard --help).</source>
        <translation>здесь нет графической среды, поэтому окно программы Mail Wizard открыть нельзя; команды работают и без неё (см. mailwizard --help).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_outlook.py" line="+29"/>
        <source>write the account into classic Outlook for Windows (a .prf profile file)</source>
        <translation>записать учётную запись в классический Outlook для Windows (файл профиля .prf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an Outlook profile file (.prf) for ADDRESS. With --apply (Windows only, Outlook closed) Outlook starts and imports it. Outlook still asks for the password at the first send/receive. Exchange and Microsoft 365 mailboxes need no file: Outlook sets them up from the address.</source>
        <translation>Создаёт файл профиля Outlook (.prf) для ADDRESS. С --apply (только в Windows, Outlook должен быть закрыт) Outlook запускается и импортирует этот файл. Пароль Outlook всё равно запросит при первой отправке и получении почты. Для почтовых ящиков Exchange и Microsoft 365 файл не нужен: Outlook настраивает их сам по адресу почты.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where to save the .prf file</source>
        <translation>куда сохранить файл .prf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand the file to Outlook now</source>
        <translation>сразу передать файл в Outlook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>character set of the file (default: the Windows ANSI code page, cp1252 elsewhere)</source>
        <translation>кодировка файла (по умолчанию — кодовая страница ANSI Windows, в других системах — cp1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add the account to Outlook&apos;s default profile instead of a profile of its own</source>
        <translation>добавить учётную запись в профиль Outlook по умолчанию, а не в отдельный профиль</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a character set for a profile file; use a code page such as cp1252.</source>
        <translation>«%1» не подходит как кодировка файла профиля; укажите кодовую страницу, например cp1252.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved the Outlook profile file for %1 to %2.</source>
        <translation>Файл профиля Outlook для %1 сохранён: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To use it, close Outlook and run: outlook.exe /importprf &quot;%1&quot; (or run this command again with --apply on Windows).</source>
        <translation>Чтобы применить его, закройте Outlook и выполните: outlook.exe /importprf &quot;%1&quot; (или в Windows запустите эту команду ещё раз с --apply).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page, so no profile file was written: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook добавляет учётные записи Outlook.com и Microsoft 365 через собственную настройку учётных записей, которая открывает страницу входа Microsoft, поэтому файл профиля не создан: в Outlook выберите «Файл», затем «Добавить учётную запись» и введите %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlook sets up this Exchange (Business Mail, Microsoft 365) account itself: in Outlook choose File, Add Account, type %1 and then your password; Outlook finds the server through Autodiscover.</source>
        <translation>Эту учётную запись Exchange (Business Mail, Microsoft 365) Outlook настроит сам: в Outlook выберите «Файл» → «Добавить учётную запись», введите %1, а затем пароль. Outlook найдёт сервер через Autodiscover.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If Outlook asks for a user name, type %1.</source>
        <translation>Если Outlook запросит имя пользователя, введите %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Outlook asks for a server, type %1.</source>
        <translation>Если Outlook запросит сервер, введите %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+46"/>
        <source>write the account into a Thunderbird profile</source>
        <translation>записать учётную запись в профиль Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (or update) the account for ADDRESS in Thunderbird&apos;s profile, with its password when given, so that Thunderbird starts with a working account. Thunderbird must be closed.</source>
        <translation>Добавляет (или обновляет) учётную запись для ADDRESS в профиле Thunderbird — вместе с паролем, если он указан, — чтобы Thunderbird запустился уже с работающей учётной записью. Thunderbird должен быть закрыт.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the profile folder (default: the profile Thunderbird opens)</source>
        <translation>папка профиля (по умолчанию — профиль, который открывает Thunderbird)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+68"/>
        <location filename="../wizard/cli/commands/export.py" line="+60"/>
        <source>read the password from the first line of standard input</source>
        <translation>прочитать пароль из первой строки стандартного ввода</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+5"/>
        <location filename="../wizard/cli/common.py" line="-53"/>
        <source>your name as others see it</source>
        <translation>ваше имя, как его увидят получатели</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trust this PEM/DER certificate (e.g. a private CA); repeatable</source>
        <translation>доверять этому сертификату PEM/DER (например, собственного центра сертификации); можно указать несколько раз</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-17"/>
        <source>use settings nobody vouches for (from plain http, SRV records, a redirect or another domain): they get the password and are written</source>
        <translation>использовать настройки, которые никто не подтвердил (полученные по обычному http, из записей SRV, через перенаправление или из другого домена): им передаётся пароль, и они записываются</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sign in with the provider in the web browser (OAuth2) instead of a password; the sign-in is kept in the system keyring only</source>
        <translation>войти через почтовый сервис в веб-браузере (OAuth2) вместо пароля; вход сохраняется только в системном хранилище паролей</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>with --oauth: how long to wait for the sign-in in the browser (default 300)</source>
        <translation>с --oauth: сколько ждать входа в браузере (по умолчанию 300)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sign-in-timeout needs a number of seconds between 0 and 3600.</source>
        <translation>Для --sign-in-timeout укажите число секунд от 0 до 3600.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The settings for %1 are incomplete: %2.</source>
        <translation>Настройки для %1 неполные: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 signs you in on its own page: run verify or write with --oauth to sign in in your web browser.</source>
        <translation>%1 выполняет вход на собственной странице: запустите verify или write с --oauth, чтобы войти в веб-браузере.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The provider needs a value for %1: add %1 = &quot;VALUE&quot; under [fields] in the preset.</source>
        <translation>Почтовому сервису нужно значение %1: добавьте %1 = &quot;VALUE&quot; в раздел [fields] файла предустановок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody vouches for the settings found for %1 (they point to %2), so nothing was sent or written; add %3 to use them anyway.</source>
        <translation>Настройки, найденные для %1, никто не подтвердил (они указывают на %2), поэтому ничего не отправлено и не записано; чтобы всё равно их использовать, добавьте %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not encrypt the connection, so the password was not sent and nothing was written; add %2 to allow it.</source>
        <translation>%1 не шифрует соединение, поэтому пароль не отправлен и ничего не записано; чтобы разрешить это, добавьте %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The servers for %1 do not take the provider&apos;s sign-in; use --password-stdin instead.</source>
        <translation>Серверы для %1 не поддерживают вход через почтовый сервис; используйте --password-stdin.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Proven and written: %1 %2 (%3).</source>
        <translation>Проверено и записано: %1 %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+202"/>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать файл %1 (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+17"/>
        <source>The file %1 holds no certificate.</source>
        <translation>В файле %1 нет сертификата.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Added the account %1 in the Thunderbird profile %2.</source>
        <translation>Учётная запись %1 добавлена в профиль Thunderbird %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated the account %1 in the Thunderbird profile %2.</source>
        <translation>Учётная запись %1 обновлена в профиле Thunderbird %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new outgoing (SMTP) server was added.</source>
        <translation>Добавлен новый сервер исходящей почты (SMTP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The existing outgoing (SMTP) server is used.</source>
        <translation>Используется уже имеющийся сервер исходящей почты (SMTP).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate for %1:%2 is now trusted.</source>
        <translation>Сертификат для %1:%2 теперь считается доверенным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate for %1:%2 could not be stored (%3); Thunderbird will ask about it.</source>
        <translation>Не удалось сохранить сертификат для %1:%2 (%3) — Thunderbird спросит о нём сам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous settings were saved as %1.</source>
        <translation>Прежние настройки сохранены: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+30"/>
        <source>%1 belongs to %2, not to the address&apos;s domain</source>
        <translation>%1 принадлежит %2, а не домену этого адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came over plain http (%1) and may be forged</source>
        <translation>настройки получены по незашифрованному http (%1) и могут быть подделаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings come from DNS records nobody vouches for</source>
        <translation>настройки взяты из записей DNS, подлинность которых никто не подтверждает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings came through a redirect to %2 (%1)</source>
        <translation>настройки получены через перенаправление на %2 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not encrypt the connection</source>
        <translation>%1 не шифрует соединение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is given by its IP address, so nobody can tell whose server it is</source>
        <translation>%1 указан IP-адресом, поэтому нельзя сказать, чей это сервер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find the server settings for an e-mail address</source>
        <translation>найти настройки серверов для адреса электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the incoming and outgoing server settings for ADDRESS: the bundled provider list first, then the provider&apos;s autoconfig, the Thunderbird ISPDB, MX, SRV and Autodiscover records, and finally the likely servers themselves.</source>
        <translation>Ищет настройки серверов входящей и исходящей почты для ADDRESS: сначала во встроенном списке почтовых сервисов, затем в autoconfig почтового сервиса, в базе Thunderbird ISPDB, в записях MX, SRV и Autodiscover и, наконец, опрашивает наиболее вероятные серверы напрямую.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../wizard/cli/commands/verify.py" line="+76"/>
        <source>print a clientConfig file (for --config FILE)</source>
        <translation>вывести файл clientConfig (для --config FILE)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-276"/>
        <location filename="../wizard/cli/commands/detect.py" line="+2"/>
        <source>show every step on stderr</source>
        <translation>показывать каждый шаг в stderr</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+7"/>
        <source>give up after this many seconds (default 15)</source>
        <translation>прекратить поиск через указанное число секунд (по умолчанию 15)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+46"/>
        <source>also read the clientConfig files in DIR (they take precedence); repeatable</source>
        <translation>дополнительно прочитать файлы clientConfig из DIR (у них приоритет); можно указать несколько раз</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+14"/>
        <location filename="../wizard/cli/commands/verify.py" line="+26"/>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>Для --timeout укажите число секунд от 0 до 600.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="+15"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="+23"/>
        <source>%2 could not search for the settings of %1: no name server answered, so this computer seems to be offline.</source>
        <translation>Программа %2 не смогла искать настройки для %1: ни один DNS-сервер не ответил — похоже, компьютер не подключён к интернету.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No settings were found for %1 within %2 seconds.</source>
        <translation>Настройки для %1 не найдены за отведённое время (%2 с).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No settings were found for %1 in the provider list.</source>
        <translation>В списке почтовых сервисов нет настроек для %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found for %1 anywhere.</source>
        <translation>Настройки для %1 нигде не найдены.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2, found in: %3.</source>
        <translation>%1: %2, источник: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: found in: %2.</source>
        <translation>%1: источник: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>или</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check before use:</source>
        <translation>Проверьте перед использованием:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nobody vouches for these settings</source>
        <translation>эти настройки никто не подтвердил</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="-28"/>
        <source>save the settings as a file for another device or program</source>
        <translation>сохранить настройки в файл для другого устройства или программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings of ADDRESS as a file: an autoconfig XML document, an Outlook profile (.prf), an Apple profile (.mobileconfig), a QR code that Thunderbird for Android scans (PNG, or SVG when FILE ends in .svg), or JSON. Without --config the settings are detected first.</source>
        <translation>Сохраняет настройки для ADDRESS в файл: документ autoconfig XML, профиль Outlook (.prf), профиль Apple (.mobileconfig), QR-код для сканирования в Thunderbird для Android (PNG или SVG, если имя FILE оканчивается на .svg) или JSON. Без --config настройки сначала определяются автоматически.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the kind of file</source>
        <translation>формат файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put the password into the file (mobileconfig and qr only; needs --password-stdin)</source>
        <translation>записать пароль в файл (только для mobileconfig и qr; нужен --password-stdin)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+213"/>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>The provider needs a value for %1: add --field %1=VALUE.</source>
        <translation>Почтовому сервису нужно значение %1: добавьте --field %1=VALUE.</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../wizard/cli/commands/export.py" line="+8"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/export.py" line="+21"/>
        <source>--include-password needs the password on standard input: add --password-stdin.</source>
        <translation>Для --include-password пароль нужно передать через стандартный ввод: добавьте --password-stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 file cannot hold a password; leave out --include-password.</source>
        <translation>В файл формата %1 нельзя записать пароль; уберите --include-password.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the %1 settings for %2 to %3.</source>
        <translation>Настройки для %2 в формате %1 сохранены: %3.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/providers.py" line="-40"/>
        <source>list or search the bundled provider list</source>
        <translation>показать встроенный список почтовых сервисов или найти в нём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the providers the wizard knows, or those matching QUERY (name or domain; case and accents do not matter).</source>
        <translation>Выводит почтовые сервисы, известные программе Mail Wizard, или только те, что подходят под QUERY (название или домен; регистр букв и диакритические знаки не важны).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>part of a provider&apos;s name or domain</source>
        <translation>часть названия или домена почтового сервиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the list as JSON</source>
        <translation>вывести список в формате JSON</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No provider matches &apos;%1&apos;.</source>
        <translation>По запросу «%1» почтовые сервисы не найдены.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+87"/>
        <source>set up an account unattended, as a preset file says</source>
        <translation>настроить учётную запись без участия пользователя по файлу предустановок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect (or read) the settings, log in to prove them and write the account into the clients and files the preset names, without asking anything. The preset is a TOML file; see the documentation of this command for its keys.</source>
        <translation>Определяет (или читает из файла) настройки, входит на серверы, чтобы проверить их, и записывает учётную запись в почтовые программы и файлы, указанные в файле предустановок, ничего не спрашивая. Файл предустановок — это файл TOML; его ключи описаны в документации к этой команде.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the preset file (TOML)</source>
        <translation>файл предустановок (TOML)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preset %1 is not valid TOML (%2).</source>
        <translation>Файл предустановок %1 не является правильным файлом TOML (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+20"/>
        <source>The preset %1 has unknown keys: %2.</source>
        <translation>В файле предустановок %1 есть неизвестные ключи: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/run.py" line="+12"/>
        <source>The preset %1 needs address = &quot;name@example.com&quot;.</source>
        <translation>В файле предустановок %1 нужна строка address = &quot;name@example.com&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset never holds the password itself: write password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; or &quot;none&quot;.</source>
        <translation>Сам пароль в файле предустановок хранить нельзя: укажите password = &quot;env:VARIABLE&quot;, &quot;stdin&quot;, &quot;keyring&quot; или &quot;none&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each [[export]] needs format = one of %1 and output = &quot;FILE&quot;.</source>
        <translation>В каждом разделе [[export]] нужны format = одно из значений %1 и output = &quot;FILE&quot;.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+51"/>
        <location filename="../wizard/cli/common.py" line="+7"/>
        <location line="+9"/>
        <source>The preset %1 has a value of the wrong kind (%2).</source>
        <translation>В файле предустановок %1 есть значение неверного типа (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keyring holds no password for %1.</source>
        <translation>В системном хранилище паролей нет пароля для %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment variable %1 holds no password.</source>
        <translation>В переменной окружения %1 нет пароля.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>protocol must be &quot;imap&quot;, &quot;pop3&quot; or &quot;exchange&quot;.</source>
        <translation>Значение protocol должно быть &quot;imap&quot;, &quot;pop3&quot; или &quot;exchange&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preset names nothing to write: add [thunderbird], [outlook] or [[export]].</source>
        <translation>В файле предустановок не указано, куда записывать настройки: добавьте [thunderbird], [outlook] или [[export]].</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Settings for %1: %2 %3, SMTP %4 (found in: %5).</source>
        <translation>Настройки для %1: %2 %3, SMTP %4 (источник: %5).</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>verify = true needs a password; set password or verify = false.</source>
        <translation>Для verify = true нужен пароль: укажите password или verify = false.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The password in the environment variable %1 is not valid text in the system&apos;s character set.</source>
        <translation>Пароль в переменной окружения %1 не является текстом в кодировке системы.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Пароль сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be kept in the system keyring (%1).</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей (%1).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming server: %1</source>
        <translation>Сервер входящей почты: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server: %1</source>
        <translation>Сервер исходящей почты: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings do not work, so nothing was written.</source>
        <translation>Настройки не работают, поэтому ничего не записано.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thunderbird: added the account in %1.</source>
        <translation>Thunderbird: учётная запись добавлена (профиль %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thunderbird: updated the account in %1.</source>
        <translation>Thunderbird: учётная запись обновлена (профиль %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outlook: saved %1.</source>
        <translation>Outlook: сохранён файл %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: saved %2.</source>
        <translation>%1: сохранён файл %2.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="-52"/>
        <source>log in with the settings to prove they work (sends no mail)</source>
        <translation>войти с этими настройками и проверить, что они работают (письма не отправляются)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the incoming server (IMAP or POP3) and authenticate to the outgoing server (SMTP) of ADDRESS, without sending mail. Settings come from --config FILE, else they are detected. Exit status 0 only when both directions work.</source>
        <translation>Входит на сервер входящей почты (IMAP или POP3) и проходит аутентификацию на сервере исходящей почты (SMTP) для ADDRESS, не отправляя писем. Настройки берутся из --config FILE, а без него определяются автоматически. Код завершения 0 — только если работают и получение, и отправка почты.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="-124"/>
        <source>allow sending the password to these servers without encryption when they offer none (dangerous)</source>
        <translation>разрешить отправлять пароль на эти серверы без шифрования, если они его не поддерживают (опасно)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/verify.py" line="+16"/>
        <source>accept a server certificate with this SHA-256 fingerprint (as printed after a certificate failure) and remember it for that server; repeatable</source>
        <translation>принять сертификат сервера с этим отпечатком SHA-256 (он выводится при ошибке сертификата) и запомнить его для этого сервера; можно указать несколько раз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>which kind of incoming server to check (default: the preferred one)</source>
        <translation>какой тип сервера входящей почты проверять (по умолчанию — предпочтительный)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give up on a server after this long (default 60)</source>
        <translation>сколько секунд ждать ответа от сервера (по умолчанию 60)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--trust-certificate needs a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>Для --trust-certificate нужен отпечаток SHA-256 (64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no encryption</source>
        <translation>без шифрования</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incoming: %1</source>
        <translation>Входящая почта: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing: %1</source>
        <translation>Исходящая почта: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3), user %4</source>
        <translation>%1 %2 (%3), пользователь %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passed over: %1 (%2).</source>
        <translation>Пропущен: %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: answers over %1 and offers the sign-in (checked without signing in).</source>
        <translation>ОК: сервер отвечает (%1) и предлагает вход (проверено без входа).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: authenticated over %1.</source>
        <translation>ОК: аутентификация пройдена (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: logged in over %1.</source>
        <translation>ОК: вход выполнен (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the server offered %1, so it was used instead.</source>
        <translation>Примечание: сервер предложил %1, поэтому использован этот вариант.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the server wants the user name &apos;%1&apos;.</source>
        <translation>Примечание: сервер требует имя пользователя «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the certificate %1 was trusted.</source>
        <translation>Примечание: сертификат %1 принят как доверенный.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED: %1</source>
        <translation>ОШИБКА: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>Подсказка: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Сертификат: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued by %1</source>
        <translation>кем выдан: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid from %1 to %2</source>
        <translation>действителен с %1 по %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To trust exactly this certificate for this server, run again with --trust-certificate %1</source>
        <translation>Чтобы доверять именно этому сертификату для этого сервера, запустите команду ещё раз с --trust-certificate %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To send the password without encryption anyway, add --allow-plaintext.</source>
        <translation>Чтобы всё равно отправить пароль без шифрования, добавьте --allow-plaintext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both directions work.</source>
        <translation>Получение и отправка почты работают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings do not work yet.</source>
        <translation>Настройки пока не работают.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is Caps Lock on? The password looks as if it was typed in capitals.</source>
        <translation>Не включён ли Caps Lock? Похоже, пароль набран заглавными буквами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password contains Cyrillic letters: is the keyboard layout right?</source>
        <translation>В пароле есть буквы кириллицы: проверьте раскладку клавиатуры. Пароли обычно вводятся латиницей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider has rules for passwords in mail programs; see its notes.</source>
        <translation>У почтового сервиса есть особые правила для паролей в почтовых программах — прочитайте его примечания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the full address, or only the part before the @, as the user name.</source>
        <translation>Попробуйте указать в качестве логина полный адрес почты или только часть до знака @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider may require an app password for mail programs.</source>
        <translation>Возможно, почтовый сервис требует для почтовых программ пароль приложения.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/write.py" line="+23"/>
        <source>write an account into Thunderbird or Outlook</source>
        <translation>записать учётную запись в Thunderbird или Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the settings for an address into a mail client.</source>
        <translation>Записывает настройки для адреса почты в почтовую программу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mail clients</source>
        <translation>почтовые программы</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="-101"/>
        <location filename="../wizard/cli/common.py" line="-232"/>
        <source>which kind of incoming server to use (default: the preferred one)</source>
        <translation>какой тип сервера входящей почты использовать (по умолчанию — предпочтительный)</translation>
    </message>
    <message>
        <location filename="../wizard/cli/common.py" line="+6"/>
        <source>use the settings in this clientConfig XML file (as printed by &apos;detect --xml&apos;) instead of detecting them</source>
        <translation>использовать настройки из этого файла clientConfig XML (в том виде, как его выводит «detect --xml»), а не определять их автоматически</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a value the provider asks for, such as --field USERNAME=abc123 (repeatable)</source>
        <translation>значение, которое запрашивает почтовый сервис, например --field USERNAME=abc123 (можно указать несколько раз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the bundled provider list only</source>
        <translation>использовать только встроенный список почтовых сервисов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--field needs the form KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>Значение --field должно иметь вид KEY=VALUE, а не «%1».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The password on standard input is not valid text in the system&apos;s character set.</source>
        <translation>Пароль на стандартном вводе не является текстом в кодировке системы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password was given on standard input.</source>
        <translation>Пароль не передан через стандартный ввод.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An unexpected error stopped the command (%1); the details are in %2.</source>
        <translation>Команду остановила непредвиденная ошибка (%1); подробности в файле %2.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&apos;%1&apos; is not valid text: it holds bytes the system&apos;s character set cannot read.</source>
        <translation>«%1» — не текст: в нём есть байты, которые нельзя прочитать в кодировке системы.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is larger than %2 MB, so it was not read.</source>
        <translation>Файл %1 больше %2 МБ, поэтому он не прочитан.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preset %1 has a NUL character in %2, which no mail program accepts.</source>
        <translation>В файле предустановок %1 значение %2 содержит символ NUL, который не примет ни одна почтовая программа.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings file %1 cannot be used (%2).</source>
        <translation>Файл настроек %1 нельзя использовать (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_proven.py" line="+221"/>
        <source>No settings were found for %1; give them with --config FILE.</source>
        <translation>Настройки для %1 не найдены; укажите их с помощью --config FILE.</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/_write_thunderbird.py" line="+51"/>
        <location filename="../wizard/cli/commands/run.py" line="-53"/>
        <location filename="../wizard/cli/commands/verify.py" line="-127"/>
        <source>The settings have no IMAP or POP3 incoming server.</source>
        <translation>В настройках нет сервера входящей почты с протоколом IMAP или POP3.</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../wizard/ui/pages/detect.py" line="+94"/>
        <source>Finding your settings</source>
        <translation>Поиск настроек</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>%1 asks several places at once. This takes a few seconds.</source>
        <translation>Программа %1 опрашивает сразу несколько источников. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Where %1 is looking:</source>
        <translation>Где программа %1 ищет настройки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources asked</source>
        <translation>Опрошенные источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop searching</source>
        <translation>&amp;Остановить поиск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;again</source>
        <translation>&amp;Искать снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter the settings myself</source>
        <translation>&amp;Ввести настройки вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct the address</source>
        <translation>Исправить &amp;адрес</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>The search has ended; the list shows what each place answered.</source>
        <translation>Поиск закончен: в списке видно, что ответил каждый источник.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found the settings for %1.</source>
        <translation>Найдены настройки для %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings were found. Click Next to enter them yourself.</source>
        <translation>Настройки не найдены. Нажмите «Далее», чтобы ввести их вручную.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../wizard/ui/pages/done.py" line="+46"/>
        <source>All set</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here is what %1 did.</source>
        <translation>Вот что сделала программа %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Thunderbird</source>
        <translation>&amp;Открыть Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left for you to do:</source>
        <translation>Что ещё нужно сделать:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was added to Thunderbird (profile %2).</source>
        <translation>Адрес %1 добавлен в Thunderbird (профиль %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The previous settings are kept as a copy in %1.</source>
        <translation>Копия прежних настроек хранится в папке %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was handed to Outlook.</source>
        <translation>Адрес %1 передан в Outlook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file was saved as %1.</source>
        <translation>Файл настроек сохранён: %1.</translation>
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
        <translation>Пароль сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password could not be kept in the system&apos;s password store.</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your settings work; nothing was written.</source>
        <translation>Настройки работают, но никуда не записаны.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../wizard/ui/errors.py" line="+97"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ran into a problem it did not expect. Your settings were not changed by it. If it happens again, copy the diagnostic report and send it to your support; it does not contain your password.</source>
        <translation>В программе %1 произошла непредвиденная ошибка. Ваши настройки из-за неё не изменились. Если ошибка повторится, скопируйте диагностический отчёт и отправьте его в службу поддержки. Вашего пароля в отчёте нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy diagnostic report</source>
        <translation>&amp;Копировать диагностический отчёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
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
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Close %1?</source>
        <translation>Закрыть программу %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you close %1 now, what you have typed is lost.</source>
        <translation>Если закрыть программу %1 сейчас, всё введённое пропадёт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <location filename="../wizard/oauth/loopback.py" line="+30"/>
        <source>You are signed in. You can close this page and go back to %1.</source>
        <translation>Вы вошли. Эту страницу можно закрыть и вернуться в программу %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was refused. You can close this page and go back to %1.</source>
        <translation>Вход отклонён. Эту страницу можно закрыть и вернуться в программу %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not work. You can close this page and go back to %1.</source>
        <translation>Войти не удалось. Эту страницу можно закрыть и вернуться в программу %1.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../wizard/ui/pages/base.py" line="+112"/>
        <source>Something went wrong. The diagnostic report has the details.</source>
        <translation>Что-то пошло не так. Подробности — в диагностическом отчёте.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../wizard/ui/pages/password.py" line="+240"/>
        <source>Your name and password</source>
        <translation>Ваше имя и пароль</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Your na&amp;me:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 has rules for this password: read them below first.</source>
        <translation>У %1 свои правила для этого пароля: сначала прочитайте их ниже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is the one you use to sign in to your mail.</source>
        <translation>Это тот же пароль, с которым вы входите в свою почту.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>As others will see it, e.g. Anna Berg</source>
        <translation>Как его увидят получатели, например Анна Смирнова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in the system&apos;s password store</source>
        <translation>Запомнить пароль в системном &amp;хранилище паролей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the sign-in</source>
        <translation>Ожидание входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password instead</source>
        <translation>Использовать пароль прил&amp;ожения</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sign in with %1</source>
        <translation>Вход через %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is needed for %1: you sign in on its own page.</source>
        <translation>Для %1 пароль не нужен: вход выполняется на собственной странице сервиса.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>&amp;Hide</source>
        <translation>Скр&amp;ыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the password</source>
        <translation>Скрыть пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Похоже, включён Caps Lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains Cyrillic letters. Check the keyboard layout if your password does not.</source>
        <translation>В пароле есть буквы кириллицы. Если в вашем пароле их быть не должно, проверьте раскладку клавиатуры.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What %1 says:</source>
        <translation>Что сообщает %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you continue: %1</source>
        <translation>Прежде чем продолжить: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the password: %1</source>
        <translation>О пароле: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Sign in with %1 &amp;instead</source>
        <translation>&amp;Войти через %1 вместо пароля</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Войти через %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thunderbird opens the sign-in page of %1 at its first start, so no password is needed here. %2 checks the servers without signing in.</source>
        <translation>Thunderbird откроет страницу входа %1 при первом запуске, поэтому пароль здесь не нужен. Программа %2 проверит серверы без входа.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 signs you in on its own page. %2 opens it in your web browser; come back here when you are done.</source>
        <translation>%1 выполняет вход на собственной странице. Программа %2 откроет её в вашем веб-браузере; когда закончите, вернитесь сюда.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You are signed in. %1 checks your settings with this sign-in; Thunderbird asks you to sign in once more at its first start.</source>
        <translation>Вход выполнен. Программа %1 проверит настройки с этим входом; Thunderbird при первом запуске попросит войти ещё раз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search found that the mail of %1 is at %2, which signs you in on its own page.</source>
        <translation>Поиск показал, что почту домена %1 обслуживает %2, а вход туда выполняется на собственной странице сервиса.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This computer has no password store that %1 can use, so the password will not be remembered here.</source>
        <translation>На этом компьютере нет хранилища паролей, которым может пользоваться программа %1, поэтому пароль здесь не сохранится.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Waiting for you to sign in in the web browser…</source>
        <translation>Ожидаем, пока вы войдёте в веб-браузере…</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../wizard/ui/pages/review.py" line="+259"/>
        <source>Your settings</source>
        <translation>Ваши настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you want to read your mail?</source>
        <translation>Как вы хотите читать почту?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my mail on the server (IMAP, recommended)</source>
        <translation>&amp;Хранить почту на сервере (IMAP, рекомендуется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download my mail to this computer (POP3)</source>
        <translation>&amp;Скачивать почту на этот компьютер (POP3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With IMAP every device sees the same mail and folders; POP3 downloads new mail to this computer and by default keeps a copy on the server.</source>
        <translation>С IMAP на всех устройствах видны одни и те же письма и папки. POP3 скачивает новые письма на этот компьютер и по умолчанию оставляет копии писем на сервере.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit the settings myself</source>
        <translation>&amp;Изменить настройки вручную</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming mail</source>
        <translation>Сервер входящей почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Сервер исходящей почты (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the settings that were found</source>
        <translation>Использовать найденные настройки</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Type the settings from your provider&apos;s help page. %1 tries them when you click Next.</source>
        <translation>Введите настройки со страницы помощи вашего почтового сервиса. Программа %1 проверит их, когда вы нажмёте «Далее».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type your server settings. Next, %1 will try them.</source>
        <translation>Введите настройки серверов. Затем программа %1 их проверит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check what was found. Next, %1 will try them.</source>
        <translation>Проверьте найденные настройки. Затем программа %1 проверит, работают ли они.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>These are the settings for %1.</source>
        <translation>Это настройки для %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in: %1 (%2).</source>
        <translation>Источник: %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ваши письма уходят от имени &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your mail goes out as &lt;b&gt;%1&lt;/b&gt;, without a name.</source>
        <translation>Ваши письма уходят с адреса &lt;b&gt;%1&lt;/b&gt;, без имени.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your domain handed the search on to %1, and these settings came from there. Compare them with your provider&apos;s help page.</source>
        <translation>Ваш домен передал поиск на %1, и эти настройки пришли оттуда. Сверьте их со страницей помощи вашего почтового сервиса.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings came over an unencrypted connection, so someone could have changed them on the way. Compare them with your provider&apos;s help page.</source>
        <translation>Эти настройки получены по незашифрованному соединению, и по дороге их могли подменить. Сверьте их со страницей помощи вашего почтового сервиса.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings &amp;match what my provider says</source>
        <translation>Настройки &amp;совпадают с тем, что указывает мой почтовый сервис</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server %1 is given by its IP address, so nobody can tell whose server it is. Use it only if you expect that.</source>
        <translation>Сервер %1 указан IP-адресом, поэтому нельзя сказать, чей он. Используйте его, только если вы этого ожидали.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;trust the server %1 with my mail</source>
        <translation>&amp;Я доверяю свою почту серверу %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 does not belong to your provider but to %2. Use it only if you expect that.</source>
        <translation>Сервер %1 принадлежит не вашему почтовому сервису, а %2. Используйте его, только если так и должно быть.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;trust %1 with my mail</source>
        <translation>&amp;Я доверяю свою почту %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody vouches for these settings; they were worked out by trying.</source>
        <translation>Эти настройки никто не подтвердил: они подобраны перебором.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server does not encrypt the connection: others could read your mail.</source>
        <translation>Один из серверов не шифрует соединение: посторонние смогут прочитать вашу почту.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <location line="-376"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in:</source>
        <translation>Аутентификация:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: type of server</source>
        <translation>%1: тип сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: server name</source>
        <translation>%1: имя сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: port</source>
        <translation>%1: порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: encryption</source>
        <translation>%1: шифрование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: user name</source>
        <translation>%1: имя пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sign-in method</source>
        <translation>%1: способ аутентификации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. mail.example.com</source>
        <translation>например, mail.example.com</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../wizard/ui/support.py" line="+31"/>
        <source>Your provider&apos;s support can help:</source>
        <translation>Вам поможет служба поддержки вашего почтового сервиса:</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../wizard/ui/pages/targets.py" line="+133"/>
        <source>Where to set it up</source>
        <translation>Где настроить почту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings work. Choose where to use them.</source>
        <translation>Настройки работают. Выберите, где их использовать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Thunderbird</source>
        <translation>Добавить учётную запись в &amp;Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird profile</source>
        <translation>Профиль Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account to &amp;Outlook</source>
        <translation>Добавить учётную запись в &amp;Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a settings file for another device or program</source>
        <translation>Сохр&amp;анить файл настроек для другого устройства или программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of file:</source>
        <translation>Фор&amp;мат файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of settings file</source>
        <translation>Формат файла настроек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Include the password (keep the file private)</source>
        <translation>&amp;Включить пароль (не показывайте файл посторонним)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR-код для Thunderbird на Android</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(open in Thunderbird)</source>
        <translation>(открыт в Thunderbird)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Thunderbird was not found on this computer. Install it and start it once, then click Check again.</source>
        <translation>Thunderbird на этом компьютере не найден. Установите его, запустите один раз и нажмите «Проверить ещё раз».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is open. Close it, then click Check again.</source>
        <translation>Thunderbird открыт. Закройте его и нажмите «Проверить ещё раз».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Классический Outlook на этом компьютере не установлен.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens Microsoft&apos;s sign-in page: in Outlook choose File, Add Account and type %1.</source>
        <translation>Outlook добавляет учётные записи Outlook.com и Microsoft 365 через собственную настройку учётных записей, которая открывает страницу входа Microsoft: в Outlook выберите «Файл», затем «Добавить учётную запись» и введите %1.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Save the settings file</source>
        <translation>Сохранить файл настроек</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../wizard/texts.py" line="+66"/>
        <source>This is not a complete e-mail address yet.</source>
        <translation>Это ещё не полный адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This setup is for addresses at %1.</source>
        <translation>Эта программа предназначена для адресов на %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password of this address.</source>
        <translation>Введите пароль от этого адреса.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 first, or use an app password instead.</source>
        <translation>Сначала войдите через %1 или используйте пароль приложения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider also needs: %1.</source>
        <translation>Вашему почтовому сервису нужно ещё: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: type it on one line, without tabs or other control characters.</source>
        <translation>%1: введите одной строкой, без табуляции и других управляющих символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started yet.</source>
        <translation>Ещё не начато.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No settings were found for this address. Enter them yourself; your provider&apos;s help pages list them.</source>
        <translation>Для этого адреса настройки не найдены. Введите их вручную — они есть на страницах помощи вашего почтового сервиса.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search for the settings failed. Try again, or enter them yourself.</source>
        <translation>При поиске настроек произошла ошибка. Попробуйте ещё раз или введите их вручную.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search was stopped. Search again, or enter the settings yourself.</source>
        <translation>Поиск остановлен. Запустите его снова или введите настройки вручную.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no servers to use yet. Enter them yourself.</source>
        <translation>Пока нет серверов, которые можно использовать. Введите их вручную.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the highlighted field.</source>
        <translation>Проверьте выделенное поле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that you trust %1 with your mail before you continue.</source>
        <translation>Прежде чем продолжить, подтвердите, что доверяете свою почту %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that these settings are your provider&apos;s before you continue.</source>
        <translation>Прежде чем продолжить, подтвердите, что это настройки вашего почтового сервиса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 does not encrypt the connection. Decide whether to use it.</source>
        <translation>Сервер %1 не шифрует соединение. Решите, использовать ли его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings do not work yet. See what to do above.</source>
        <translation>Настройки пока не работают. Что делать — написано выше.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check itself failed unexpectedly. Try again.</source>
        <translation>Сама проверка неожиданно завершилась ошибкой. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one place.</source>
        <translation>Выберите хотя бы один вариант.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a Thunderbird profile.</source>
        <translation>Выберите профиль Thunderbird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird is running. Close it, then click Check again.</source>
        <translation>Thunderbird запущен. Закройте его и нажмите «Проверить ещё раз».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the settings file first, or untick that choice.</source>
        <translation>Сначала сохраните файл настроек или снимите этот флажок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incoming server&apos;s name is not valid.</source>
        <translation>Неверное имя сервера входящей почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming port must be 1 to 65535.</source>
        <translation>Порт сервера входящей почты должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for incoming mail.</source>
        <translation>Введите имя пользователя для сервера входящей почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing server&apos;s name is not valid.</source>
        <translation>Неверное имя сервера исходящей почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outgoing port must be 1 to 65535.</source>
        <translation>Порт сервера исходящей почты должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for outgoing mail.</source>
        <translation>Введите имя пользователя для сервера исходящей почты.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type an e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address has the form name@example.com.</source>
        <translation>Адрес электронной почты выглядит так: name@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ is not valid.</source>
        <translation>Часть адреса до знака @ введена неверно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @ is not a complete domain name.</source>
        <translation>После знака @ должно стоять полное имя домена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is too long.</source>
        <translation>Этот адрес слишком длинный.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your administrator&apos;s provider list</source>
        <translation>Список почтовых сервисов от вашего администратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website</source>
        <translation>Сайт вашего почтового сервиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird&apos;s provider database</source>
        <translation>База почтовых сервисов Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail servers named for your domain</source>
        <translation>Почтовые серверы, указанные для вашего домена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service records of your domain</source>
        <translation>Служебные DNS-записи вашего домена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Autodiscover</source>
        <translation>Автообнаружение Microsoft (Autodiscover)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s website (unencrypted)</source>
        <translation>Сайт вашего почтового сервиса (без шифрования)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying the usual server names</source>
        <translation>Проверка типичных имён серверов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by you</source>
        <translation>Введено вами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A settings file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s settings for its customers</source>
        <translation>Настройки %1 для клиентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trusted</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>please confirm</source>
        <translation>нужно ваше подтверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified, please check</source>
        <translation>не проверено, сверьте настройки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking…</source>
        <translation>запрос…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found</source>
        <translation>найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing there</source>
        <translation>ничего нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>не понадобилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another source</source>
        <translation>Другой источник</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1&apos;s own provider list</source>
        <translation>Список почтовых сервисов программы %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is asking here now.</source>
        <translation>Программа %1 спрашивает здесь прямо сейчас.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>encrypted (SSL/TLS)</source>
        <translation>с шифрованием (SSL/TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted (STARTTLS)</source>
        <translation>с шифрованием (STARTTLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted</source>
        <translation>без шифрования</translation>
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
        <translation>Без шифрования (небезопасно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal password</source>
        <translation>Обычный пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password</source>
        <translation>Зашифрованный пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in through the provider (OAuth2)</source>
        <translation>Вход через сайт почтового сервиса (OAuth2)</translation>
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
        <translation>По сетевому адресу компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Сертификат клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check incoming mail first</source>
        <translation>Сначала проверить входящую почту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in</source>
        <translation>Без аутентификации</translation>
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
        <translation>Письма отправляются через &lt;b&gt;%1&lt;/b&gt; (порт %2), %3, вход под именем %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads mail from &lt;b&gt;%1&lt;/b&gt; (POP3, port %2), %3, signing in as %4.</source>
        <translation>Почта скачивается с &lt;b&gt;%1&lt;/b&gt; (POP3, порт %2), %3, вход под именем %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps mail on &lt;b&gt;%1&lt;/b&gt; (%5, port %2), %3, signing in as %4.</source>
        <translation>Почта хранится на &lt;b&gt;%1&lt;/b&gt; (%5, порт %2), %3, вход под именем %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the user name or the password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s security certificate has expired, so your password was not sent.</source>
        <translation>У сертификата безопасности сервера истёк срок действия, поэтому пароль не был отправлен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s security certificate is made out for another server, so your password was not sent.</source>
        <translation>Сертификат безопасности сервера выдан для другого сервера, поэтому пароль не был отправлен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate comes from an unknown authority, so your password was not sent.</source>
        <translation>Сертификат безопасности сервера выдан неизвестным издателем, поэтому пароль не был отправлен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server signed its security certificate itself, so your password was not sent.</source>
        <translation>Сервер сам подписал свой сертификат безопасности, поэтому пароль не был отправлен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the server could not be made.</source>
        <translation>Не удалось установить защищённое соединение с сервером.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no server with this name. Check the server name for typing errors.</source>
        <translation>Сервера с таким именем нет. Проверьте, нет ли опечатки в имени сервера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached. Check your Internet connection, the port and the encryption.</source>
        <translation>Не удалось связаться с сервером. Проверьте подключение к интернету, порт и шифрование.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Сервер не ответил вовремя. Попробуйте позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer offers encryption (STARTTLS), so your password was not sent.</source>
        <translation>Сервер больше не предлагает шифрование (STARTTLS), поэтому пароль не был отправлен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted and you did not allow sending the password over it.</source>
        <translation>Соединение не зашифровано, а вы не разрешили отправлять по нему пароль.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered in a way that does not fit these settings.</source>
        <translation>Ответ сервера не соответствует этим настройкам.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caps Lock may have been on while you typed the password.</source>
        <translation>Возможно, при вводе пароля был включён Caps Lock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password contains Cyrillic letters: perhaps the keyboard layout was not the usual one.</source>
        <translation>В пароле есть буквы кириллицы: возможно, он набран в русской раскладке. Пароли обычно вводятся латиницей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your provider has rules for passwords in mail programs; see its notes.</source>
        <translation>У вашего почтового сервиса есть особые правила для паролей в почтовых программах — прочитайте его примечания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some providers want the full e-mail address as the user name, others only the part before the @. Try the other form with Change the settings.</source>
        <translation>Одни почтовые сервисы требуют в качестве логина полный адрес почты, другие — только часть до знака @. Попробуйте другой вариант: нажмите «Изменить настройки».</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The account needs several QR codes; scan them one after another.</source>
        <translation>Для этой учётной записи нужно несколько QR-кодов: сканируйте их по очереди.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thunderbird is running: close Thunderbird first, then try again.</source>
        <translation>Thunderbird запущен: сначала закройте Thunderbird, затем попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook is running: close Outlook first, then try again.</source>
        <translation>Outlook запущен: сначала закройте Outlook, затем попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kind of account cannot be set up in Thunderbird by %1.</source>
        <translation>Программа %1 не может настроить такую учётную запись в Thunderbird.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 could not save the password for Thunderbird, so Thunderbird asks for it once; let it remember it.</source>
        <translation>Программе %1 не удалось сохранить пароль для Thunderbird, поэтому Thunderbird один раз запросит его — разрешите ему запомнить пароль.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The account needs %n QR codes; scan them one after another.</source>
        <translation>
            <numerusform>Для этой учётной записи нужен %n QR-код: сканируйте их по очереди.</numerusform>
            <numerusform>Для этой учётной записи нужно %n QR-кода: сканируйте их по очереди.</numerusform>
            <numerusform>Для этой учётной записи нужно %n QR-кодов: сканируйте их по очереди.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%2 is not registered for the sign-in at %1, so it checks only what it can without signing in.</source>
        <translation>Программа %2 не зарегистрирована для входа в %1, поэтому проверяет только то, что можно проверить без входа.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Your provider asks for a separate password for mail programs: create one in your account&apos;s settings on its website and use it here.</source>
        <translation>Ваш почтовый сервис требует отдельный пароль для почтовых программ — пароль приложения. Создайте его в настройках почтового ящика на сайте сервиса и введите здесь.</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Type your e-mail address, or find your provider in the list.</source>
        <translation>Введите адрес электронной почты или найдите свой почтовый сервис в списке.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer seems to be offline: no name server answered. Check the Internet connection, then click Search again.</source>
        <translation>Похоже, компьютер не подключён к интернету: ни один DNS-сервер не ответил. Проверьте подключение и нажмите «Искать снова».</translation>
    </message>
    <message>
        <location filename="../wizard/cli/commands/detect.py" line="-69"/>
        <location filename="../wizard/texts.py" line="+5"/>
        <source>The domain %1 does not exist. Is there a typing error in the address?</source>
        <translation>Домена %1 не существует. Может быть, в адресе опечатка?</translation>
    </message>
    <message>
        <location filename="../wizard/texts.py" line="+100"/>
        <source>Not asked yet.</source>
        <translation>Ещё не спрашивали.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings for your address were found here.</source>
        <translation>Здесь найдены настройки для вашего адреса.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no settings for your address here.</source>
        <translation>Здесь нет настроек для вашего адреса.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usable answer came from here.</source>
        <translation>Отсюда не пришло пригодного ответа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed any more: a better answer came, or the time was up.</source>
        <translation>Больше не нужно: пришёл ответ получше или время истекло.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked: it was not needed.</source>
        <translation>Не спрашивали: это не понадобилось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped the search before this answered.</source>
        <translation>Вы остановили поиск раньше, чем пришёл ответ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical details: %1</source>
        <translation>Технические подробности: %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This server takes only your provider&apos;s own sign-in, so the password was not sent; sign in with your provider instead.</source>
        <translation>Этот сервер принимает только вход через ваш почтовый сервис, поэтому пароль не отправлен; войдите через почтовый сервис.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither server could be reached: this computer seems to be offline. Check the Internet connection, then click Try again.</source>
        <translation>Ни один из серверов не отвечает — похоже, компьютер не подключён к интернету. Проверьте подключение и нажмите «Повторить».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The check failed.</source>
        <translation>Проверка не удалась.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the settings and try again.</source>
        <translation>Проверьте настройки и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thunderbird settings file (XML)</source>
        <translation>Файл настроек для Thunderbird (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple profile for iPhone, iPad and Mac</source>
        <translation>Профиль Apple для iPhone, iPad и Mac</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook profile file (PRF)</source>
        <translation>Файл профиля Outlook (PRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code for Thunderbird on Android</source>
        <translation>QR-код для Thunderbird на Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings as JSON</source>
        <translation>Настройки в формате JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outlook asks for the password the first time it fetches mail; tick Remember password there.</source>
        <translation>Outlook запросит пароль при первом получении почты — установите там флажок «Запомнить пароль».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Outlook, open Account Settings, More Settings, Advanced, and set the incoming server&apos;s encryption to STARTTLS (%1).</source>
        <translation>В Outlook откройте «Настройка учётных записей» → «Другие настройки» → «Дополнительно» и выберите для сервера входящей почты шифрование STARTTLS (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is used without encryption.</source>
        <translation>Сервер %1 используется без шифрования.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line breaks in your name were replaced by spaces: %1.</source>
        <translation>Переводы строк в вашем имени заменены пробелами: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name cannot be written in this file, so the address is used instead; you can change it in the mail program.</source>
        <translation>Ваше имя нельзя записать в этот файл, поэтому вместо него указан адрес почты. Имя можно изменить в почтовой программе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook uses a profile named %1 for this account; an older one is replaced.</source>
        <translation>Outlook использует для этой учётной записи профиль «%1». Если профиль с таким именем уже был, он будет заменён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is added to Outlook&apos;s profile %1; its other accounts stay.</source>
        <translation>Учётная запись добавляется в профиль Outlook «%1». Остальные учётные записи в нём сохранятся.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new Outlook cannot be set up from a file: add the account there yourself by typing the address.</source>
        <translation>Новый Outlook нельзя настроить из файла: добавьте в нём учётную запись сами, введя адрес почты.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file sets up %1 access; the mail program sets up Exchange by itself.</source>
        <translation>Файл настраивает доступ по протоколу %1. Exchange почтовая программа настроит сама.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot name the usual sign-in method, so %1 is used.</source>
        <translation>В этом файле нельзя указать обычный способ аутентификации, поэтому используется %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file contains your password in readable form: send it only over a safe channel and delete it once the account works.</source>
        <translation>В файле ваш пароль записан открытым текстом. Передавайте файл только надёжным способом и удалите его, когда учётная запись заработает.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no password; the mail program will ask for it.</source>
        <translation>Пароля в файле нет — почтовая программа сама его запросит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code holds much data: show it large and sharp when you scan it.</source>
        <translation>В QR-коде много данных: при сканировании покажите его крупно и чётко.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lets mail programs in only through its own sign-in page, which a profile cannot carry, so the profile holds no password: sign in on the device when it asks.</source>
        <translation>%1 пускает почтовые программы только через собственную страницу входа, которую профиль передать не может, поэтому пароля в профиле нет: войдите на устройстве, когда оно попросит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook is starting and takes over the account now.</source>
        <translation>Outlook запускается и сейчас добавит учётную запись.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook takes over the account the next time it starts.</source>
        <translation>Outlook добавит учётную запись при следующем запуске.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thunderbird is not installed on this computer.</source>
        <translation>Thunderbird на этом компьютере не установлен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Thunderbird profile in that folder.</source>
        <translation>В этой папке нет профиля Thunderbird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program is running. Close it and try again.</source>
        <translation>Программа запущена. Закройте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird&apos;s settings file could not be read, so nothing was changed.</source>
        <translation>Не удалось прочитать файл настроек Thunderbird, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird&apos;s password file could not be read, so nothing was changed.</source>
        <translation>Не удалось прочитать файл паролей Thunderbird, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>The password could not be saved in Thunderbird; it will ask for it.</source>
        <translation>Не удалось сохранить пароль в Thunderbird — он запросит его сам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written. Check that the folder is writable.</source>
        <translation>Не удалось записать файл. Проверьте, разрешена ли запись в эту папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an ordinary file is replaced, and this name belongs to a folder, device, pipe or link.</source>
        <translation>Заменяется только обычный файл, а это имя принадлежит папке, устройству, каналу или ссылке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outlook can only be set up on Windows.</source>
        <translation>Outlook можно настроить только в Windows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic Outlook is not installed on this computer.</source>
        <translation>Классический Outlook на этом компьютере не установлен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Outlook profile file is missing.</source>
        <translation>Файл профиля Outlook не найден.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook could not take over the account.</source>
        <translation>Outlook не смог добавить учётную запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server name cannot be written to this file.</source>
        <translation>Имя сервера нельзя записать в этот файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name cannot be written to this file.</source>
        <translation>Имя пользователя нельзя записать в этот файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address cannot be written to this file.</source>
        <translation>Адрес почты нельзя записать в этот файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password cannot be written to this file.</source>
        <translation>Пароль нельзя записать в этот файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some text cannot be written in this file&apos;s character set.</source>
        <translation>Часть текста нельзя записать в кодировке этого файла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe these servers.</source>
        <translation>В файле такого типа нельзя описать эти серверы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe an Exchange-only account.</source>
        <translation>В файле такого типа нельзя описать учётную запись, которая работает только через Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file type cannot describe the server&apos;s sign-in method.</source>
        <translation>В файле такого типа нельзя указать способ аутентификации этого сервера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file type cannot hold an address with non-Latin letters.</source>
        <translation>В файл такого типа нельзя записать адрес с нелатинскими буквами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings are too large for this file type.</source>
        <translation>Настройки слишком велики для файла такого типа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value cannot be written to this file.</source>
        <translation>Одно из значений нельзя записать в этот файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is needed for this file.</source>
        <translation>Для этого файла нужен пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value your provider needs is missing.</source>
        <translation>Не указано значение, которое требует ваш почтовый сервис.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup: no profile file is needed.</source>
        <translation>Outlook добавляет учётные записи Outlook.com и Microsoft 365 через собственную настройку учётных записей: файл профиля не нужен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thunderbird knows your password and will not ask.</source>
        <translation>Thunderbird уже знает ваш пароль и не будет его спрашивать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird asks for your password the first time; let it remember it.</source>
        <translation>Thunderbird запросит пароль в первый раз — разрешите ему запомнить пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account needs no password in Thunderbird.</source>
        <translation>Для этой учётной записи в Thunderbird пароль не нужен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird stores no password for this account: it opens your provider&apos;s sign-in page the first time it connects.</source>
        <translation>Thunderbird не хранит пароль этой учётной записи: при первом подключении он откроет страницу входа вашего почтового сервиса.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your Thunderbird passwords are protected by a primary password, so Thunderbird asks for the mail password the first time; let it remember it.</source>
        <translation>Ваши пароли в Thunderbird защищены основным паролем, поэтому пароль от почты Thunderbird запросит в первый раз — разрешите ему запомнить пароль.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The sign-in registrations file %1 could not be read.</source>
        <translation>Не удалось прочитать файл регистраций для входа %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web browser could not be opened for the sign-in at %1.</source>
        <translation>Не удалось открыть веб-браузер для входа в %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 was refused, so nothing was set up.</source>
        <translation>Вход в %1 отклонён, поэтому ничего не настроено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in at %1 was not finished in time; the browser may have been closed.</source>
        <translation>Вход в %1 не завершён вовремя; возможно, браузер был закрыт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer from the browser did not belong to this sign-in at %1, so it was ignored.</source>
        <translation>Ответ из браузера не относится к этому входу в %1, поэтому он пропущен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in at %1 did not work.</source>
        <translation>Войти в %1 не удалось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 did not answer in time.</source>
        <translation>Служба входа %1 не ответила вовремя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 could not be reached.</source>
        <translation>Не удалось связаться со службой входа %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 refused the sign-in; please sign in again.</source>
        <translation>Служба входа %1 отклонила вход; войдите ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please sign in at %1 first.</source>
        <translation>Сначала войдите в %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in service %1 answered in an unexpected way.</source>
        <translation>Служба входа %1 ответила неожиданным образом.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../wizard/ui/pages/welcome.py" line="+181"/>
        <source>Set up your e-mail</source>
        <translation>Настройка почты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail &amp;address:</source>
        <translation>Ваш &amp;адрес электронной почты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find my provider</source>
        <translation>Найти &amp;свой почтовый сервис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a list of providers to search by name, for when you are not sure of your address.</source>
        <translation>Открывает список почтовых сервисов с поиском по названию — если вы не уверены в адресе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>&amp;Set up this address anyway</source>
        <translation>Всё равно настроить &amp;этот адрес</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Search for your provider by its name or domain:</source>
        <translation>&amp;Поиск почтового сервиса по названию или домену:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Seznam or gmail.com</source>
        <translation>например, Яндекс или mail.ru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Enter or click to pick a provider; its domain goes into the address.</source>
        <translation>Чтобы выбрать почтовый сервис, нажмите Enter или щёлкните по нему; его домен подставится в адрес.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Provider: %1, chosen from the list; it hosts your own domain.</source>
        <translation>Почтовый сервис: %1, выбран в списке; он обслуживает ваш собственный домен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>Почтовый сервис: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Search providers</source>
        <translation>Поиск почтовых сервисов</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Type your e-mail address: %1 finds the settings by itself.</source>
        <translation>Введите адрес почты — программа %1 сама найдёт настройки.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Providers</source>
        <translation>Почтовые сервисы</translation>
    </message>
</context>
</TS>
