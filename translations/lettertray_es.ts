<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lettertray</source>
        <translation>Acerca de Lettertray</translation>
    </message>
    <message>
        <source>A mail notifier for the desktop: it watches the IMAP folders of your accounts and tells you about new mail as soon as it arrives.</source>
        <translation>Un notificador de correo para el escritorio: vigila las carpetas IMAP de sus cuentas y le avisa del correo nuevo en cuanto llega.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Shown in the tray menu and the message list</source>
        <translation>Se muestra en el menú de la bandeja y en la lista de mensajes</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Google account (OAuth2)</source>
        <translation>Cuenta de Google (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft account (OAuth2)</source>
        <translation>Cuenta de Microsoft (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Servidor de correo entrante (IMAP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (recomendado)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None — password sent unencrypted</source>
        <translation>Ninguna: la contraseña se envía sin cifrar</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>Igual que la dirección de correo</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Watched folders. Test the connection to list the folders on the server.</source>
        <translation>Carpetas vigiladas. Pruebe la conexión para ver las carpetas del servidor.</translation>
    </message>
    <message>
        <source>Open messages in</source>
        <translation>Abrir los mensajes en</translation>
    </message>
    <message>
        <source>&amp;Webmail address:</source>
        <translation>Dirección del &amp;webmail:</translation>
    </message>
    <message>
        <source>https://mail.example.org</source>
        <translation>https://mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>Programa de &amp;correo:</translation>
    </message>
    <message>
        <source>Default mail program</source>
        <translation>Programa de correo predeterminado</translation>
    </message>
</context>
<context>
    <name>App::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>IMAP library %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Biblioteca IMAP %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>App::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Enter the email address, like you@example.org.</source>
        <translation>Escriba la dirección de correo, por ejemplo usted@example.org.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, or test the connection to find it.</source>
        <translation>Escriba el servidor IMAP o pruebe la conexión para encontrarlo.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Elija al menos una carpeta para vigilar.</translation>
    </message>
    <message>
        <source>The webmail address is not a valid web address.</source>
        <translation>La dirección del webmail no es una dirección web válida.</translation>
    </message>
    <message>
        <source>Looking up the server settings for %1…</source>
        <translation>Buscando la configuración del servidor para %1…</translation>
    </message>
    <message>
        <source>No server settings were found; please enter them.</source>
        <translation>No se encontró la configuración del servidor; introdúzcala usted.</translation>
    </message>
    <message>
        <source>Settings published by the domain were filled in.</source>
        <translation>Se ha rellenado la configuración publicada por el dominio.</translation>
    </message>
    <message>
        <source>Settings for %1 were filled in.</source>
        <translation>Se ha rellenado la configuración de %1.</translation>
    </message>
    <message>
        <source>The server name is a guess; test the connection to be sure.</source>
        <translation>El nombre del servidor es una suposición; pruebe la conexión para asegurarse.</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Escriba la contraseña para probar la conexión.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>Inicie sesión primero con %1.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Iniciar sesión con &amp;Google</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Iniciar sesión con &amp;Microsoft</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Sesión iniciada con %1.</translation>
    </message>
    <message>
        <source>Signed in before; sign in again only if the account stopped working.</source>
        <translation>Ya se inició sesión; vuelva a iniciarla solo si la cuenta dejó de funcionar.</translation>
    </message>
    <message>
        <source>Not signed in yet. The sign-in opens in your web browser.</source>
        <translation>Aún no ha iniciado sesión. El inicio de sesión se abre en su navegador web.</translation>
    </message>
    <message>
        <source>This build of Lettertray has no sign-in registration for %1. Choose Password and use an app password from your provider.</source>
        <translation>Esta versión de Lettertray no tiene un registro de inicio de sesión para %1. Elija «Contraseña» y use una contraseña de aplicación de su proveedor.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>El inicio de sesión falló: %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>Esperando el inicio de sesión en su navegador web…</translation>
    </message>
    <message>
        <source>Signed in with %1; storing the sign-in in the keychain…</source>
        <translation>Sesión iniciada con %1; guardando el inicio de sesión en el llavero…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>Sesión iniciada, pero el llavero no guardó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The sign-in is kept in the system keychain.</source>
        <translation>Sesión iniciada con %1. El inicio de sesión se guarda en el llavero del sistema.</translation>
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
        <translation>No se pudieron leer sus cuentas: %1</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Cuenta de demostración</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>Second demo account</source>
        <translation>Segunda cuenta de demostración</translation>
    </message>
</context>
<context>
    <name>App::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
</context>
<context>
    <name>App::ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (%1).</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña (%1).</translation>
    </message>
    <message>
        <source>Reading the folder list…</source>
        <translation>Leyendo la lista de carpetas…</translation>
    </message>
    <message>
        <source>Signed in, but the folder list could not be read: %1</source>
        <translation>Sesión iniciada, pero no se pudo leer la lista de carpetas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected and signed in; %n folder(s) found.</source>
        <translation>
            <numerusform>Conectado y con sesión iniciada; se encontró %n carpeta.</numerusform>
            <numerusform>Conectado y con sesión iniciada; se encontraron %n carpetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>No se pudo contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>No se pudo establecer la conexión segura: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted before.</source>
        <translation>El certificado del servidor no es el que usted aceptó antes.</translation>
    </message>
    <message>
        <source>The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.</source>
        <translation>El servidor no estableció STARTTLS correctamente, así que no se envió nada. Pruebe con TLS.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La conexión falló: %1</translation>
    </message>
</context>
<context>
    <name>App::FallbackWindow</name>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Lista de mensajes</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
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
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
</context>
<context>
    <name>App::MessageListWindow</name>
    <message>
        <source>New Mail</source>
        <translation>Correo nuevo</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Filter by sender or subject (Ctrl+F)</source>
        <translation>Filtrar por remitente o asunto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2</source>
        <translation>De: %1
Asunto: %2</translation>
    </message>
    <message numerus="yes">
        <source>New Mail (%n)</source>
        <translation>
            <numerusform>Correo nuevo (%n)</numerusform>
            <numerusform>Correo nuevo (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>No se pudo cambiar la entrada de inicio automático: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>No se pudo quitar la cuenta: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>No se pudo quitar la contraseña del llavero: %1</translation>
    </message>
</context>
<context>
    <name>App::TrayController</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Marcar todo como leído</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>No &amp;molestar</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Durante 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desactivado</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Lista de mensajes</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About Lettertray</source>
        <translation>&amp;Acerca de Lettertray</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Todavía no hay cuentas</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1: problema: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1: %n nuevo</numerusform>
            <numerusform>%1: %n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>No hay correo nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1: %n nuevo</numerusform>
            <numerusform>%1: %n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>No molestar hasta las %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The server presented a certificate that could not be verified. Someone may be intercepting the connection, or the server uses a certificate of its own making.</source>
        <translation>El servidor presentó un certificado que no se pudo verificar. Puede que alguien esté interceptando la conexión o que el servidor use un certificado creado por él mismo.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if you have compared the SHA-256 fingerprint with the one your provider or administrator gave you. Lettertray will then accept exactly this certificate for this server, and warn again if it ever changes.</source>
        <translation>Acéptelo solo si ha comparado la huella SHA-256 con la que le dio su proveedor o administrador. Lettertray aceptará entonces exactamente este certificado para este servidor y volverá a avisarle si alguna vez cambia.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>&amp;Confiar en este certificado para este servidor</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start in the tray without opening a window.</source>
        <translation>Iniciar en la bandeja sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>Check all accounts for new mail right away.</source>
        <translation>Comprobar ahora mismo si hay correo nuevo en todas las cuentas.</translation>
    </message>
    <message>
        <source>Watch the demo server named by the LETTERTRAY_DEMO_HOST, _PORT, _USER and _PASSWORD environment variables instead of your accounts.</source>
        <translation>Vigilar, en lugar de sus cuentas, el servidor de demostración indicado por las variables de entorno LETTERTRAY_DEMO_HOST, _PORT, _USER y _PASSWORD.</translation>
    </message>
    <message>
        <source>Report on standard output whether the tray icon was shown, then quit when &quot;quit&quot; is read from standard input.</source>
        <translation>Informar por la salida estándar de si se mostró el icono de la bandeja y salir al leer «quit» en la entrada estándar.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Usar este idioma en lugar del del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Lettertray watches your IMAP mailboxes from the system tray and tells you about new mail.</source>
        <translation>Lettertray vigila sus buzones IMAP desde la bandeja del sistema y le avisa del correo nuevo.</translation>
    </message>
    <message>
        <source>lettertray: unexpected argument: %1</source>
        <translation>lettertray: argumento inesperado: %1</translation>
    </message>
</context>
<context>
    <name>Notifier::Account</name>
    <message>
        <source>The account has no identifier.</source>
        <translation>La cuenta no tiene identificador.</translation>
    </message>
    <message>
        <source>The email address must contain an @.</source>
        <translation>La dirección de correo debe contener una @.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>El nombre del servidor está vacío.</translation>
    </message>
    <message>
        <source>The server name contains invalid characters.</source>
        <translation>El nombre del servidor contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>At least one folder must be watched.</source>
        <translation>Debe vigilarse al menos una carpeta.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not SHA-256.</source>
        <translation>La huella del certificado fijado no es SHA-256.</translation>
    </message>
</context>
<context>
    <name>Notifier::AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is empty.</source>
        <translation>El archivo de configuración %1 está vacío.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>El archivo de configuración %1 está dañado.</translation>
    </message>
    <message>
        <source>The settings file %1 is incomplete (it may have been written only in part).</source>
        <translation>El archivo de configuración %1 está incompleto (puede que solo se escribiera en parte).</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Lettertray.</source>
        <translation>El archivo de configuración %1 lo escribió una versión más reciente de Lettertray.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (its contents do not match its checksum).</source>
        <translation>El archivo de configuración %1 está dañado (su contenido no coincide con su suma de comprobación).</translation>
    </message>
    <message>
        <source>The settings file %1 has an invalid value: %2.</source>
        <translation>El archivo de configuración %1 tiene un valor no válido: %2.</translation>
    </message>
    <message>
        <source>The settings were not saved: the file %1 could not be read and is kept as it is.</source>
        <translation>No se guardó la configuración: no se pudo leer el archivo %1 y se conserva tal cual.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se pudo escribir la configuración en %1.</translation>
    </message>
    <message>
        <source>An account with this identifier exists already.</source>
        <translation>Ya existe una cuenta con este identificador.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>No existe esa cuenta.</translation>
    </message>
    <message>
        <source>The damaged settings file could not be moved aside.</source>
        <translation>No se pudo apartar el archivo de configuración dañado.</translation>
    </message>
</context>
<context>
    <name>Notifier::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n more new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo más</numerusform>
            <numerusform>%n mensajes nuevos más</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Mostrar mensajes</translation>
    </message>
</context>
<context>
    <name>Notifier::FolderWatcher</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
</context>
<context>
    <name>Notifier::MailMonitor</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>The stored sign-in of this account is unreadable. Sign in again in the account settings.</source>
        <translation>El inicio de sesión guardado de esta cuenta no se puede leer. Vuelva a iniciar sesión en la configuración de la cuenta.</translation>
    </message>
</context>
<context>
    <name>Notifier::MessageListModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>Notifier::NewMailTracker</name>
    <message>
        <source>The new-mail state %1 cannot be read.</source>
        <translation>No se puede leer el estado de correo nuevo %1.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is implausibly large; it is ignored.</source>
        <translation>El estado de correo nuevo %1 es demasiado grande para ser verosímil; se ignora.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is damaged; folders will be baselined again (nothing old is announced).</source>
        <translation>El estado de correo nuevo %1 está dañado; las carpetas se volverán a tomar como referencia (no se anunciará nada antiguo).</translation>
    </message>
    <message>
        <source>The new-mail state could not be written to %1.</source>
        <translation>No se pudo escribir el estado de correo nuevo en %1.</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthSignIn</name>
    <message>
        <source>The sign-in for %1 is not configured (no client id).</source>
        <translation>El inicio de sesión con %1 no está configurado (sin ID de cliente).</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in redirect.</source>
        <translation>No se pudo abrir un puerto local para la redirección del inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Lettertray.</source>
        <translation>Sesión iniciada. Puede cerrar esta página y volver a Lettertray.</translation>
    </message>
    <message>
        <source>No refresh token: please sign in again.</source>
        <translation>No hay token de actualización: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 rechazó el inicio de sesión: %2%3</translation>
    </message>
    <message>
        <source>The sign-in redirect did not belong to this sign-in (state mismatch); it was refused. Please try again.</source>
        <translation>La redirección no correspondía a este inicio de sesión (state no coincide); se rechazó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 redirected back without an authorization code.</source>
        <translation>%1 redirigió de vuelta sin un código de autorización.</translation>
    </message>
    <message>
        <source>%1 refused the token request: %2%3</source>
        <translation>%1 rechazó la solicitud de token: %2%3</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 respondió a la solicitud de token sin un token de acceso.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthTokenRefresher</name>
    <message>
        <source>No keychain configured: the sign-in is kept only until exit.</source>
        <translation>No hay llavero configurado: el inicio de sesión solo se conserva hasta salir.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Start Lettertray when I log in</source>
        <translation>&amp;Iniciar Lettertray al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>&amp;Icono de la bandeja:</translation>
    </message>
    <message>
        <source>Light, for dark panels</source>
        <translation>Claro, para paneles oscuros</translation>
    </message>
    <message>
        <source>Dark, for light panels</source>
        <translation>Oscuro, para paneles claros</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Comprobar cada:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>For servers without IMAP IDLE; others report new mail at once.</source>
        <translation>Para servidores sin IMAP IDLE; los demás avisan del correo nuevo al instante.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Notify with:</source>
        <translation>&amp;Notificar con:</translation>
    </message>
    <message>
        <source>One notification per message</source>
        <translation>Una notificación por mensaje</translation>
    </message>
    <message>
        <source>One summary for all new messages</source>
        <translation>Un resumen de todos los mensajes nuevos</translation>
    </message>
    <message>
        <source>Show the &amp;beginning of the message</source>
        <translation>Mostrar el &amp;comienzo del mensaje</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>Reproducir un &amp;sonido</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no notifications</source>
        <translation>&amp;Horas de silencio: sin notificaciones</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Always notify for:</source>
        <translation>Notificar &amp;siempre para:</translation>
    </message>
    <message>
        <source>boss@example.org, @family.example</source>
        <translation>jefa@example.org, @familia.example</translation>
    </message>
    <message>
        <source>Senders whose mail is announced even in quiet hours, separated by commas. &quot;@domain&quot; means everyone at that domain.</source>
        <translation>Remitentes cuyo correo se anuncia incluso en horas de silencio, separados por comas. «@dominio» significa todos los de ese dominio.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Lettertray</source>
        <translation>Le damos la bienvenida a Lettertray</translation>
    </message>
    <message>
        <source>Lettertray lives in the system tray and tells you about new mail as soon as it arrives. Add the mail account it should watch; your password is kept in the system keychain.</source>
        <translation>Lettertray vive en la bandeja del sistema y le avisa del correo nuevo en cuanto llega. Añada la cuenta de correo que debe vigilar; su contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
</context>
</TS>
