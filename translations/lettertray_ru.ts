<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lettertray</source>
        <translation>О программе Lettertray</translation>
    </message>
    <message>
        <source>A mail notifier for the desktop: it watches the IMAP folders of your accounts and tells you about new mail as soon as it arrives.</source>
        <translation>Уведомления о почте для рабочего стола: программа следит за папками IMAP ваших учётных записей и сообщает о новых письмах сразу после их прихода.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Адрес эл. почты:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vy@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Shown in the tray menu and the message list</source>
        <translation>Показывается в меню значка и в списке писем</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Способ входа:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Google account (OAuth2)</source>
        <translation>Аккаунт Google (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft account (OAuth2)</source>
        <translation>Учётная запись Microsoft (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Сервер входящей почты (IMAP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>За&amp;щита:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (рекомендуется)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None — password sent unencrypted</source>
        <translation>Нет — пароль передаётся без шифрования</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>Совпадает с адресом эл. почты</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Watched folders. Test the connection to list the folders on the server.</source>
        <translation>Отслеживаемые папки. Проверьте соединение, чтобы получить список папок на сервере.</translation>
    </message>
    <message>
        <source>Open messages in</source>
        <translation>Открывать письма в</translation>
    </message>
    <message>
        <source>&amp;Webmail address:</source>
        <translation>Адрес &amp;веб-почты:</translation>
    </message>
    <message>
        <source>https://mail.example.org</source>
        <translation>https://mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>&amp;Почтовая программа:</translation>
    </message>
    <message>
        <source>Default mail program</source>
        <translation>Почтовая программа по умолчанию</translation>
    </message>
</context>
<context>
    <name>App::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>IMAP library %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Библиотека IMAP %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>App::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Изменить учётную запись</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Enter the email address, like you@example.org.</source>
        <translation>Введите адрес эл. почты, например vy@example.org.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, or test the connection to find it.</source>
        <translation>Укажите сервер IMAP или проверьте соединение, чтобы найти его.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Выберите хотя бы одну папку для отслеживания.</translation>
    </message>
    <message>
        <source>The webmail address is not a valid web address.</source>
        <translation>Адрес веб-почты не является корректным веб-адресом.</translation>
    </message>
    <message>
        <source>Looking up the server settings for %1…</source>
        <translation>Поиск настроек сервера для %1…</translation>
    </message>
    <message>
        <source>No server settings were found; please enter them.</source>
        <translation>Настройки сервера не найдены; введите их вручную.</translation>
    </message>
    <message>
        <source>Settings published by the domain were filled in.</source>
        <translation>Подставлены настройки, опубликованные доменом.</translation>
    </message>
    <message>
        <source>Settings for %1 were filled in.</source>
        <translation>Подставлены настройки для %1.</translation>
    </message>
    <message>
        <source>The server name is a guess; test the connection to be sure.</source>
        <translation>Имя сервера угадано; проверьте соединение, чтобы убедиться.</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Введите пароль, чтобы проверить соединение.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>Сначала войдите через %1.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Войти через &amp;Google</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Войти через &amp;Microsoft</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Вход через %1 выполнен.</translation>
    </message>
    <message>
        <source>Signed in before; sign in again only if the account stopped working.</source>
        <translation>Вход уже выполнен; войдите снова, только если учётная запись перестала работать.</translation>
    </message>
    <message>
        <source>Not signed in yet. The sign-in opens in your web browser.</source>
        <translation>Вход ещё не выполнен. Вход откроется в веб-браузере.</translation>
    </message>
    <message>
        <source>This build of Lettertray has no sign-in registration for %1. Choose Password and use an app password from your provider.</source>
        <translation>В этой сборке Lettertray нет регистрации для входа через %1. Выберите «Пароль» и используйте пароль приложения от вашего почтового провайдера.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>Ожидание входа в веб-браузере…</translation>
    </message>
    <message>
        <source>Signed in with %1; storing the sign-in in the keychain…</source>
        <translation>Вход через %1 выполнен; сохранение входа в связке ключей…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>Вход выполнен, но связка ключей не сохранила его: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The sign-in is kept in the system keychain.</source>
        <translation>Вход через %1 выполнен. Данные входа хранятся в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>App::Application</name>
    <message>
        <source>Lettertray</source>
        <translation>Lettertray</translation>
    </message>
    <message>
        <source>Your accounts could not be read: %1</source>
        <translation>Не удалось прочитать учётные записи: %1</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Демонстрационная учётная запись</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>Не удалось войти</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертификат не является доверенным</translation>
    </message>
    <message>
        <source>Second demo account</source>
        <translation>Вторая демонстрационная учётная запись</translation>
    </message>
</context>
<context>
    <name>App::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
</context>
<context>
    <name>App::ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (%1).</source>
        <translation>Сервер не принял имя пользователя или пароль (%1).</translation>
    </message>
    <message>
        <source>Reading the folder list…</source>
        <translation>Чтение списка папок…</translation>
    </message>
    <message>
        <source>Signed in, but the folder list could not be read: %1</source>
        <translation>Вход выполнен, но список папок прочитать не удалось: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected and signed in; %n folder(s) found.</source>
        <translation>
            <numerusform>Соединение установлено, вход выполнен; найдена %n папка.</numerusform>
            <numerusform>Соединение установлено, вход выполнен; найдено %n папки.</numerusform>
            <numerusform>Соединение установлено, вход выполнен; найдено %n папок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>Не удалось установить защищённое соединение: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Не удалось проверить сертификат сервера.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted before.</source>
        <translation>Сертификат сервера не совпадает с тем, которому вы доверились ранее.</translation>
    </message>
    <message>
        <source>The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.</source>
        <translation>Сервер неправильно настроил STARTTLS, поэтому ничего не было отправлено. Попробуйте TLS.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Соединение не удалось: %1</translation>
    </message>
</context>
<context>
    <name>App::FallbackWindow</name>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Список писем</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Проверить сейчас</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <source>Lettertray</source>
        <translation>Lettertray</translation>
    </message>
</context>
<context>
    <name>App::MessageFilterProxy</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин. назад</numerusform>
            <numerusform>%n мин. назад</numerusform>
            <numerusform>%n мин. назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Вчера %1</translation>
    </message>
</context>
<context>
    <name>App::MessageListWindow</name>
    <message>
        <source>New Mail</source>
        <translation>Новые письма</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Отметить как &amp;прочитанное</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Отметить как &amp;непрочитанное</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Filter by sender or subject (Ctrl+F)</source>
        <translation>Фильтр по отправителю или теме (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2</source>
        <translation>От: %1
Тема: %2</translation>
    </message>
    <message numerus="yes">
        <source>New Mail (%n)</source>
        <translation>
            <numerusform>Новые письма (%n)</numerusform>
            <numerusform>Новые письма (%n)</numerusform>
            <numerusform>Новые письма (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>Не удалось изменить запись автозапуска: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, порт %2</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Не удалось сохранить учётную запись: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Не удалось сохранить пароль в связке ключей: %1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Не удалось удалить учётную запись: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Не удалось удалить пароль из связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>App::TrayController</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Проверить сейчас</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Не беспокоить</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>На 1 &amp;час</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>До &amp;завтра</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Выключить</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Список писем</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About Lettertray</source>
        <translation>&amp;О программе Lettertray</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Учётных записей пока нет</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1 — проблема: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n новое</numerusform>
            <numerusform>%1 — %n новых</numerusform>
            <numerusform>%1 — %n новых</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Новых писем нет</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n новое письмо</numerusform>
            <numerusform>%n новых письма</numerusform>
            <numerusform>%n новых писем</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1: %n новое</numerusform>
            <numerusform>%1: %n новых</numerusform>
            <numerusform>%1: %n новых</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Не беспокоить до %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Сертификат не является доверенным</translation>
    </message>
    <message>
        <source>The server presented a certificate that could not be verified. Someone may be intercepting the connection, or the server uses a certificate of its own making.</source>
        <translation>Сервер предъявил сертификат, который не удалось проверить. Возможно, кто-то перехватывает соединение, или сервер использует самостоятельно созданный сертификат.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действителен:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if you have compared the SHA-256 fingerprint with the one your provider or administrator gave you. Lettertray will then accept exactly this certificate for this server, and warn again if it ever changes.</source>
        <translation>Доверяйте ему, только если вы сверили отпечаток SHA-256 с тем, который сообщил ваш провайдер или администратор. Тогда Lettertray будет принимать для этого сервера именно этот сертификат и снова предупредит, если он изменится.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>&amp;Доверять этому сертификату для этого сервера</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start in the tray without opening a window.</source>
        <translation>Запуститься в системном лотке, не открывая окно.</translation>
    </message>
    <message>
        <source>Check all accounts for new mail right away.</source>
        <translation>Сразу проверить новые письма во всех учётных записях.</translation>
    </message>
    <message>
        <source>Watch the demo server named by the LETTERTRAY_DEMO_HOST, _PORT, _USER and _PASSWORD environment variables instead of your accounts.</source>
        <translation>Вместо ваших учётных записей следить за демонстрационным сервером, заданным переменными окружения LETTERTRAY_DEMO_HOST, _PORT, _USER и _PASSWORD.</translation>
    </message>
    <message>
        <source>Report on standard output whether the tray icon was shown, then quit when &quot;quit&quot; is read from standard input.</source>
        <translation>Сообщить в стандартный вывод, показан ли значок в лотке, и завершиться, когда из стандартного ввода будет прочитано «quit».</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Использовать этот язык вместо системного.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Lettertray watches your IMAP mailboxes from the system tray and tells you about new mail.</source>
        <translation>Lettertray следит за вашими ящиками IMAP из системного лотка и сообщает о новых письмах.</translation>
    </message>
    <message>
        <source>lettertray: unexpected argument: %1</source>
        <translation>lettertray: неожиданный аргумент: %1</translation>
    </message>
</context>
<context>
    <name>Notifier::Account</name>
    <message>
        <source>The account has no identifier.</source>
        <translation>У учётной записи нет идентификатора.</translation>
    </message>
    <message>
        <source>The email address must contain an @.</source>
        <translation>Адрес эл. почты должен содержать @.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>Имя сервера не указано.</translation>
    </message>
    <message>
        <source>The server name contains invalid characters.</source>
        <translation>Имя сервера содержит недопустимые символы.</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>Порт должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <source>At least one folder must be watched.</source>
        <translation>Нужно отслеживать хотя бы одну папку.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not SHA-256.</source>
        <translation>Закреплённый отпечаток сертификата не является SHA-256.</translation>
    </message>
</context>
<context>
    <name>Notifier::AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл настроек %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is empty.</source>
        <translation>Файл настроек %1 пуст.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Файл настроек %1 повреждён.</translation>
    </message>
    <message>
        <source>The settings file %1 is incomplete (it may have been written only in part).</source>
        <translation>Файл настроек %1 неполон (возможно, он был записан лишь частично).</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Lettertray.</source>
        <translation>Файл настроек %1 записан более новой версией Lettertray.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (its contents do not match its checksum).</source>
        <translation>Файл настроек %1 повреждён (содержимое не совпадает с контрольной суммой).</translation>
    </message>
    <message>
        <source>The settings file %1 has an invalid value: %2.</source>
        <translation>Файл настроек %1 содержит недопустимое значение: %2.</translation>
    </message>
    <message>
        <source>The settings were not saved: the file %1 could not be read and is kept as it is.</source>
        <translation>Настройки не сохранены: файл %1 не удалось прочитать, он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Не удалось записать настройки в %1.</translation>
    </message>
    <message>
        <source>An account with this identifier exists already.</source>
        <translation>Учётная запись с таким идентификатором уже существует.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Такой учётной записи нет.</translation>
    </message>
    <message>
        <source>The damaged settings file could not be moved aside.</source>
        <translation>Не удалось переместить повреждённый файл настроек в сторону.</translation>
    </message>
</context>
<context>
    <name>Notifier::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n more new message(s)</source>
        <translation>
            <numerusform>ещё %n новое письмо</numerusform>
            <numerusform>ещё %n новых письма</numerusform>
            <numerusform>ещё %n новых писем</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Отметить как прочитанное</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n новое письмо</numerusform>
            <numerusform>%n новых письма</numerusform>
            <numerusform>%n новых писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Показать письма</translation>
    </message>
</context>
<context>
    <name>Notifier::FolderWatcher</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>Сервер перестал отвечать.</translation>
    </message>
</context>
<context>
    <name>Notifier::MailMonitor</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Для этой учётной записи пароль не сохранён.</translation>
    </message>
    <message>
        <source>The stored sign-in of this account is unreadable. Sign in again in the account settings.</source>
        <translation>Сохранённые данные входа этой учётной записи не читаются. Войдите снова в настройках учётной записи.</translation>
    </message>
</context>
<context>
    <name>Notifier::MessageListModel</name>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>Notifier::NewMailTracker</name>
    <message>
        <source>The new-mail state %1 cannot be read.</source>
        <translation>Не удаётся прочитать состояние новых писем %1.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is implausibly large; it is ignored.</source>
        <translation>Состояние новых писем %1 неправдоподобно велико и будет проигнорировано.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is damaged; folders will be baselined again (nothing old is announced).</source>
        <translation>Состояние новых писем %1 повреждено; папки будут взяты за новую точку отсчёта (о старых письмах сообщено не будет).</translation>
    </message>
    <message>
        <source>The new-mail state could not be written to %1.</source>
        <translation>Не удалось записать состояние новых писем в %1.</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthSignIn</name>
    <message>
        <source>The sign-in for %1 is not configured (no client id).</source>
        <translation>Вход через %1 не настроен (нет идентификатора клиента).</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in redirect.</source>
        <translation>Не удалось открыть локальный порт для перенаправления при входе.</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Lettertray.</source>
        <translation>Вход выполнен. Можно закрыть эту страницу и вернуться в Lettertray.</translation>
    </message>
    <message>
        <source>No refresh token: please sign in again.</source>
        <translation>Нет токена обновления: войдите снова.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 отклонил вход: %2%3</translation>
    </message>
    <message>
        <source>The sign-in redirect did not belong to this sign-in (state mismatch); it was refused. Please try again.</source>
        <translation>Перенаправление не относилось к этому входу (несовпадение state) и было отклонено. Попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 redirected back without an authorization code.</source>
        <translation>%1 вернул перенаправление без кода авторизации.</translation>
    </message>
    <message>
        <source>%1 refused the token request: %2%3</source>
        <translation>%1 отклонил запрос токена: %2%3</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 ответил на запрос токена без токена доступа.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Не удалось связаться с %1: %2</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthTokenRefresher</name>
    <message>
        <source>No keychain configured: the sign-in is kept only until exit.</source>
        <translation>Связка ключей не настроена: вход сохраняется только до выхода из программы.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Start Lettertray when I log in</source>
        <translation>&amp;Запускать Lettertray при входе в систему</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>&amp;Значок в лотке:</translation>
    </message>
    <message>
        <source>Light, for dark panels</source>
        <translation>Светлый, для тёмных панелей</translation>
    </message>
    <message>
        <source>Dark, for light panels</source>
        <translation>Тёмный, для светлых панелей</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Проверять каждые:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>For servers without IMAP IDLE; others report new mail at once.</source>
        <translation>Для серверов без IMAP IDLE; остальные сообщают о новых письмах сразу.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&amp;Notify with:</source>
        <translation>&amp;Способ уведомления:</translation>
    </message>
    <message>
        <source>One notification per message</source>
        <translation>Отдельное уведомление на каждое письмо</translation>
    </message>
    <message>
        <source>One summary for all new messages</source>
        <translation>Одна сводка по всем новым письмам</translation>
    </message>
    <message>
        <source>Show the &amp;beginning of the message</source>
        <translation>Показывать &amp;начало письма</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>Воспроизводить з&amp;вук</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no notifications</source>
        <translation>&amp;Тихие часы: без уведомлений</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>&amp;Always notify for:</source>
        <translation>&amp;Всегда уведомлять о письмах от:</translation>
    </message>
    <message>
        <source>boss@example.org, @family.example</source>
        <translation>boss@example.org, @family.example</translation>
    </message>
    <message>
        <source>Senders whose mail is announced even in quiet hours, separated by commas. &quot;@domain&quot; means everyone at that domain.</source>
        <translation>Отправители, о письмах которых сообщается даже в тихие часы, через запятую. «@домен» означает всех отправителей этого домена.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Welcome to Lettertray</source>
        <translation>Добро пожаловать в Lettertray</translation>
    </message>
    <message>
        <source>Lettertray lives in the system tray and tells you about new mail as soon as it arrives. Add the mail account it should watch; your password is kept in the system keychain.</source>
        <translation>Lettertray живёт в системном лотке и сообщает о новых письмах сразу после их прихода. Добавьте учётную запись, за которой нужно следить; пароль будет храниться в системной связке ключей.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
</context>
</TS>
