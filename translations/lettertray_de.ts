<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lettertray</source>
        <translation>Über Lettertray</translation>
    </message>
    <message>
        <source>A mail notifier for the desktop: it watches the IMAP folders of your accounts and tells you about new mail as soon as it arrives.</source>
        <translation>Eine E-Mail-Benachrichtigung für den Desktop: Sie überwacht die IMAP-Ordner Ihrer Konten und meldet neue E-Mails, sobald sie eintreffen.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shown in the tray menu and the message list</source>
        <translation>Wird im Tray-Menü und in der Nachrichtenliste angezeigt</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Google account (OAuth2)</source>
        <translation>Google-Konto (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft account (OAuth2)</source>
        <translation>Microsoft-Konto (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (empfohlen)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None — password sent unencrypted</source>
        <translation>Keine – Passwort wird unverschlüsselt gesendet</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>Wie die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Watched folders. Test the connection to list the folders on the server.</source>
        <translation>Überwachte Ordner. Testen Sie die Verbindung, um die Ordner auf dem Server aufzulisten.</translation>
    </message>
    <message>
        <source>Open messages in</source>
        <translation>Nachrichten öffnen in</translation>
    </message>
    <message>
        <source>&amp;Webmail address:</source>
        <translation>&amp;Webmail-Adresse:</translation>
    </message>
    <message>
        <source>https://mail.example.org</source>
        <translation>https://mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>&amp;E-Mail-Programm:</translation>
    </message>
    <message>
        <source>Default mail program</source>
        <translation>Standard-E-Mail-Programm</translation>
    </message>
</context>
<context>
    <name>App::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>IMAP library %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>IMAP-Bibliothek %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>App::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Enter the email address, like you@example.org.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, z. B. sie@example.org.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, or test the connection to find it.</source>
        <translation>Geben Sie den IMAP-Server ein oder testen Sie die Verbindung, um ihn zu finden.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Wählen Sie mindestens einen zu überwachenden Ordner.</translation>
    </message>
    <message>
        <source>The webmail address is not a valid web address.</source>
        <translation>Die Webmail-Adresse ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Looking up the server settings for %1…</source>
        <translation>Servereinstellungen für %1 werden gesucht …</translation>
    </message>
    <message>
        <source>No server settings were found; please enter them.</source>
        <translation>Es wurden keine Servereinstellungen gefunden; bitte geben Sie sie ein.</translation>
    </message>
    <message>
        <source>Settings published by the domain were filled in.</source>
        <translation>Die von der Domain veröffentlichten Einstellungen wurden eingetragen.</translation>
    </message>
    <message>
        <source>Settings for %1 were filled in.</source>
        <translation>Die Einstellungen für %1 wurden eingetragen.</translation>
    </message>
    <message>
        <source>The server name is a guess; test the connection to be sure.</source>
        <translation>Der Servername ist geraten; testen Sie die Verbindung, um sicherzugehen.</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>Melden Sie sich zuerst mit %1 an.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Mit &amp;Google anmelden</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Mit &amp;Microsoft anmelden</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Mit %1 angemeldet.</translation>
    </message>
    <message>
        <source>Signed in before; sign in again only if the account stopped working.</source>
        <translation>Bereits angemeldet; melden Sie sich nur erneut an, wenn das Konto nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>Not signed in yet. The sign-in opens in your web browser.</source>
        <translation>Noch nicht angemeldet. Die Anmeldung öffnet sich in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>This build of Lettertray has no sign-in registration for %1. Choose Password and use an app password from your provider.</source>
        <translation>Diese Version von Lettertray hat keine Anmelderegistrierung für %1. Wählen Sie „Passwort“ und verwenden Sie ein App-Passwort Ihres Anbieters.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>Warten auf die Anmeldung im Webbrowser …</translation>
    </message>
    <message>
        <source>Signed in with %1; storing the sign-in in the keychain…</source>
        <translation>Mit %1 angemeldet; die Anmeldung wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>Angemeldet, aber der Schlüsselbund hat die Anmeldung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The sign-in is kept in the system keychain.</source>
        <translation>Mit %1 angemeldet. Die Anmeldung wird im Schlüsselbund des Systems aufbewahrt.</translation>
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
        <translation>Ihre Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>Die Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Second demo account</source>
        <translation>Zweites Demokonto</translation>
    </message>
</context>
<context>
    <name>App::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>App::ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (%1).</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>Reading the folder list…</source>
        <translation>Ordnerliste wird gelesen …</translation>
    </message>
    <message>
        <source>Signed in, but the folder list could not be read: %1</source>
        <translation>Angemeldet, aber die Ordnerliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected and signed in; %n folder(s) found.</source>
        <translation>
            <numerusform>Verbunden und angemeldet; %n Ordner gefunden.</numerusform>
            <numerusform>Verbunden und angemeldet; %n Ordner gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted before.</source>
        <translation>Das Zertifikat des Servers ist nicht das, dem Sie zuvor vertraut haben.</translation>
    </message>
    <message>
        <source>The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.</source>
        <translation>Der Server hat STARTTLS nicht korrekt eingerichtet, daher wurde nichts gesendet. Versuchen Sie stattdessen TLS.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>App::FallbackWindow</name>
    <message>
        <source>Message &amp;List</source>
        <translation>Nachrichten&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
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
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
</context>
<context>
    <name>App::MessageListWindow</name>
    <message>
        <source>New Mail</source>
        <translation>Neue E-Mails</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Filter by sender or subject (Ctrl+F)</source>
        <translation>Nach Absender oder Betreff filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2</source>
        <translation>Von: %1
Betreff: %2</translation>
    </message>
    <message numerus="yes">
        <source>New Mail (%n)</source>
        <translation>
            <numerusform>Neue E-Mails (%n)</numerusform>
            <numerusform>Neue E-Mails (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>App::TrayController</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>Nachrichten&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;About Lettertray</source>
        <translation>&amp;Über Lettertray</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1 – Problem: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 – %n neu</numerusform>
            <numerusform>%1 – %n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Keine neuen E-Mails</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1: %n neu</numerusform>
            <numerusform>%1: %n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Nicht stören bis %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The server presented a certificate that could not be verified. Someone may be intercepting the connection, or the server uses a certificate of its own making.</source>
        <translation>Der Server hat ein Zertifikat vorgelegt, das nicht überprüft werden konnte. Möglicherweise fängt jemand die Verbindung ab, oder der Server verwendet ein selbst erstelltes Zertifikat.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if you have compared the SHA-256 fingerprint with the one your provider or administrator gave you. Lettertray will then accept exactly this certificate for this server, and warn again if it ever changes.</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie den SHA-256-Fingerabdruck mit dem verglichen haben, den Ihnen Ihr Anbieter oder Administrator genannt hat. Lettertray akzeptiert dann genau dieses Zertifikat für diesen Server und warnt erneut, falls es sich jemals ändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>Diesem Zertifikat für diesen Server &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start in the tray without opening a window.</source>
        <translation>Im Systembereich starten, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Check all accounts for new mail right away.</source>
        <translation>Alle Konten sofort auf neue E-Mails prüfen.</translation>
    </message>
    <message>
        <source>Watch the demo server named by the LETTERTRAY_DEMO_HOST, _PORT, _USER and _PASSWORD environment variables instead of your accounts.</source>
        <translation>Statt Ihrer Konten den Demo-Server überwachen, der durch die Umgebungsvariablen LETTERTRAY_DEMO_HOST, _PORT, _USER und _PASSWORD angegeben ist.</translation>
    </message>
    <message>
        <source>Report on standard output whether the tray icon was shown, then quit when &quot;quit&quot; is read from standard input.</source>
        <translation>Auf der Standardausgabe melden, ob das Tray-Symbol angezeigt wurde, und beenden, sobald „quit“ von der Standardeingabe gelesen wird.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Diese Sprache statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lettertray watches your IMAP mailboxes from the system tray and tells you about new mail.</source>
        <translation>Lettertray überwacht Ihre IMAP-Postfächer aus dem Systembereich und meldet neue E-Mails.</translation>
    </message>
    <message>
        <source>lettertray: unexpected argument: %1</source>
        <translation>lettertray: unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>Notifier::Account</name>
    <message>
        <source>The account has no identifier.</source>
        <translation>Das Konto hat keine Kennung.</translation>
    </message>
    <message>
        <source>The email address must contain an @.</source>
        <translation>Die E-Mail-Adresse muss ein @ enthalten.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>Der Servername ist leer.</translation>
    </message>
    <message>
        <source>The server name contains invalid characters.</source>
        <translation>Der Servername enthält ungültige Zeichen.</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>At least one folder must be watched.</source>
        <translation>Mindestens ein Ordner muss überwacht werden.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not SHA-256.</source>
        <translation>Der festgelegte Zertifikat-Fingerabdruck ist kein SHA-256-Wert.</translation>
    </message>
</context>
<context>
    <name>Notifier::AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is empty.</source>
        <translation>Die Einstellungsdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The settings file %1 is incomplete (it may have been written only in part).</source>
        <translation>Die Einstellungsdatei %1 ist unvollständig (sie wurde möglicherweise nur teilweise geschrieben).</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Lettertray.</source>
        <translation>Die Einstellungsdatei %1 wurde von einer neueren Version von Lettertray geschrieben.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (its contents do not match its checksum).</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt (der Inhalt passt nicht zur Prüfsumme).</translation>
    </message>
    <message>
        <source>The settings file %1 has an invalid value: %2.</source>
        <translation>Die Einstellungsdatei %1 enthält einen ungültigen Wert: %2.</translation>
    </message>
    <message>
        <source>The settings were not saved: the file %1 could not be read and is kept as it is.</source>
        <translation>Die Einstellungen wurden nicht gespeichert: Die Datei %1 konnte nicht gelesen werden und bleibt unverändert.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>An account with this identifier exists already.</source>
        <translation>Ein Konto mit dieser Kennung existiert bereits.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>The damaged settings file could not be moved aside.</source>
        <translation>Die beschädigte Einstellungsdatei konnte nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>Notifier::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n more new message(s)</source>
        <translation>
            <numerusform>%n weitere neue Nachricht</numerusform>
            <numerusform>%n weitere neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Nachrichten anzeigen</translation>
    </message>
</context>
<context>
    <name>Notifier::FolderWatcher</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Notifier::MailMonitor</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The stored sign-in of this account is unreadable. Sign in again in the account settings.</source>
        <translation>Die gespeicherte Anmeldung dieses Kontos ist unlesbar. Melden Sie sich in den Kontoeinstellungen erneut an.</translation>
    </message>
</context>
<context>
    <name>Notifier::MessageListModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Notifier::NewMailTracker</name>
    <message>
        <source>The new-mail state %1 cannot be read.</source>
        <translation>Der Neue-E-Mail-Status %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is implausibly large; it is ignored.</source>
        <translation>Der Neue-E-Mail-Status %1 ist unplausibel groß und wird ignoriert.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is damaged; folders will be baselined again (nothing old is announced).</source>
        <translation>Der Neue-E-Mail-Status %1 ist beschädigt; die Ordner werden neu erfasst (alte E-Mails werden nicht gemeldet).</translation>
    </message>
    <message>
        <source>The new-mail state could not be written to %1.</source>
        <translation>Der Neue-E-Mail-Status konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthSignIn</name>
    <message>
        <source>The sign-in for %1 is not configured (no client id).</source>
        <translation>Die Anmeldung bei %1 ist nicht eingerichtet (keine Client-ID).</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in redirect.</source>
        <translation>Für die Weiterleitung der Anmeldung konnte kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Lettertray.</source>
        <translation>Angemeldet. Sie können diese Seite schließen und zu Lettertray zurückkehren.</translation>
    </message>
    <message>
        <source>No refresh token: please sign in again.</source>
        <translation>Kein Aktualisierungstoken: Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2%3</translation>
    </message>
    <message>
        <source>The sign-in redirect did not belong to this sign-in (state mismatch); it was refused. Please try again.</source>
        <translation>Die Weiterleitung gehörte nicht zu dieser Anmeldung (state stimmt nicht überein) und wurde abgelehnt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 redirected back without an authorization code.</source>
        <translation>%1 hat ohne Autorisierungscode zurückgeleitet.</translation>
    </message>
    <message>
        <source>%1 refused the token request: %2%3</source>
        <translation>%1 hat die Token-Anfrage abgelehnt: %2%3</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 hat die Token-Anfrage ohne Zugriffstoken beantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthTokenRefresher</name>
    <message>
        <source>No keychain configured: the sign-in is kept only until exit.</source>
        <translation>Kein Schlüsselbund eingerichtet: Die Anmeldung bleibt nur bis zum Beenden erhalten.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Start Lettertray when I log in</source>
        <translation>Lettertray bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>&amp;Tray-Symbol:</translation>
    </message>
    <message>
        <source>Light, for dark panels</source>
        <translation>Hell, für dunkle Leisten</translation>
    </message>
    <message>
        <source>Dark, for light panels</source>
        <translation>Dunkel, für helle Leisten</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Abrufen alle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>For servers without IMAP IDLE; others report new mail at once.</source>
        <translation>Für Server ohne IMAP IDLE; andere melden neue E-Mails sofort.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Notify with:</source>
        <translation>&amp;Benachrichtigen mit:</translation>
    </message>
    <message>
        <source>One notification per message</source>
        <translation>Einer Benachrichtigung pro Nachricht</translation>
    </message>
    <message>
        <source>One summary for all new messages</source>
        <translation>Einer Zusammenfassung aller neuen Nachrichten</translation>
    </message>
    <message>
        <source>Show the &amp;beginning of the message</source>
        <translation>Den &amp;Anfang der Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>&amp;Ton abspielen</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no notifications</source>
        <translation>&amp;Ruhezeiten: keine Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Always notify for:</source>
        <translation>&amp;Immer benachrichtigen bei:</translation>
    </message>
    <message>
        <source>boss@example.org, @family.example</source>
        <translation>chefin@example.org, @familie.example</translation>
    </message>
    <message>
        <source>Senders whose mail is announced even in quiet hours, separated by commas. &quot;@domain&quot; means everyone at that domain.</source>
        <translation>Absender, deren E-Mails auch in Ruhezeiten gemeldet werden, durch Kommas getrennt. „@domain“ steht für alle Absender dieser Domain.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Lettertray</source>
        <translation>Willkommen bei Lettertray</translation>
    </message>
    <message>
        <source>Lettertray lives in the system tray and tells you about new mail as soon as it arrives. Add the mail account it should watch; your password is kept in the system keychain.</source>
        <translation>Lettertray wohnt im Systembereich und meldet neue E-Mails, sobald sie eintreffen. Fügen Sie das zu überwachende E-Mail-Konto hinzu; Ihr Passwort wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
</context>
</TS>
