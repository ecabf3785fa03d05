<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lettertray</source>
        <translation>À propos de Lettertray</translation>
    </message>
    <message>
        <source>A mail notifier for the desktop: it watches the IMAP folders of your accounts and tells you about new mail as soon as it arrives.</source>
        <translation>Un notificateur de courriel pour le bureau : il surveille les dossiers IMAP de vos comptes et vous signale les nouveaux messages dès leur arrivée.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse électronique :</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Shown in the tray menu and the message list</source>
        <translation>Affiché dans le menu de la zone de notification et dans la liste des messages</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Se connecter avec :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Google account (OAuth2)</source>
        <translation>Compte Google (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft account (OAuth2)</source>
        <translation>Compte Microsoft (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Serveur de courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (recommandé)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None — password sent unencrypted</source>
        <translation>Aucune — mot de passe envoyé en clair</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>Identique à l’adresse électronique</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Watched folders. Test the connection to list the folders on the server.</source>
        <translation>Dossiers surveillés. Testez la connexion pour afficher les dossiers du serveur.</translation>
    </message>
    <message>
        <source>Open messages in</source>
        <translation>Ouvrir les messages dans</translation>
    </message>
    <message>
        <source>&amp;Webmail address:</source>
        <translation>Adresse du &amp;webmail :</translation>
    </message>
    <message>
        <source>https://mail.example.org</source>
        <translation>https://mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>&amp;Logiciel de messagerie :</translation>
    </message>
    <message>
        <source>Default mail program</source>
        <translation>Logiciel de messagerie par défaut</translation>
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
        <translation>Bibliothèque IMAP %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>App::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Enter the email address, like you@example.org.</source>
        <translation>Saisissez l’adresse électronique, par exemple vous@example.org.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, or test the connection to find it.</source>
        <translation>Saisissez le serveur IMAP, ou testez la connexion pour le trouver.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Choisissez au moins un dossier à surveiller.</translation>
    </message>
    <message>
        <source>The webmail address is not a valid web address.</source>
        <translation>L’adresse du webmail n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Looking up the server settings for %1…</source>
        <translation>Recherche des paramètres du serveur pour %1…</translation>
    </message>
    <message>
        <source>No server settings were found; please enter them.</source>
        <translation>Aucun paramètre de serveur n’a été trouvé ; veuillez les saisir.</translation>
    </message>
    <message>
        <source>Settings published by the domain were filled in.</source>
        <translation>Les paramètres publiés par le domaine ont été remplis.</translation>
    </message>
    <message>
        <source>Settings for %1 were filled in.</source>
        <translation>Les paramètres de %1 ont été remplis.</translation>
    </message>
    <message>
        <source>The server name is a guess; test the connection to be sure.</source>
        <translation>Le nom du serveur est une supposition ; testez la connexion pour vous en assurer.</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Saisissez le mot de passe pour tester la connexion.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>Connectez-vous d’abord avec %1.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Se connecter avec &amp;Google</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Se connecter avec &amp;Microsoft</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Connecté avec %1.</translation>
    </message>
    <message>
        <source>Signed in before; sign in again only if the account stopped working.</source>
        <translation>Déjà connecté ; reconnectez-vous seulement si le compte ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Not signed in yet. The sign-in opens in your web browser.</source>
        <translation>Pas encore connecté. La connexion s’ouvre dans votre navigateur web.</translation>
    </message>
    <message>
        <source>This build of Lettertray has no sign-in registration for %1. Choose Password and use an app password from your provider.</source>
        <translation>Cette version de Lettertray n’a pas d’enregistrement de connexion pour %1. Choisissez « Mot de passe » et utilisez un mot de passe d’application fourni par votre fournisseur.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>En attente de la connexion dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Signed in with %1; storing the sign-in in the keychain…</source>
        <translation>Connecté avec %1 ; enregistrement de la connexion dans le trousseau…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>Connecté, mais le trousseau n’a pas conservé la connexion : %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The sign-in is kept in the system keychain.</source>
        <translation>Connecté avec %1. La connexion est conservée dans le trousseau du système.</translation>
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
        <translation>Impossible de lire vos comptes : %1</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Compte de démonstration</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>La connexion au compte a échoué</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Second demo account</source>
        <translation>Deuxième compte de démonstration</translation>
    </message>
</context>
<context>
    <name>App::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>App::ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion au compte…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>La connexion au compte a échoué : %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (%1).</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe (%1).</translation>
    </message>
    <message>
        <source>Reading the folder list…</source>
        <translation>Lecture de la liste des dossiers…</translation>
    </message>
    <message>
        <source>Signed in, but the folder list could not be read: %1</source>
        <translation>Connecté, mais la liste des dossiers n’a pas pu être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected and signed in; %n folder(s) found.</source>
        <translation>
            <numerusform>Connecté ; %n dossier trouvé.</numerusform>
            <numerusform>Connecté ; %n dossiers trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>La connexion sécurisée n’a pas pu être établie : %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted before.</source>
        <translation>Le certificat du serveur n’est pas celui auquel vous aviez fait confiance.</translation>
    </message>
    <message>
        <source>The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.</source>
        <translation>Le serveur n’a pas établi STARTTLS correctement ; rien n’a été envoyé. Essayez plutôt TLS.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
</context>
<context>
    <name>App::FallbackWindow</name>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Liste des messages</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
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
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
</context>
<context>
    <name>App::MessageListWindow</name>
    <message>
        <source>New Mail</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Filter by sender or subject (Ctrl+F)</source>
        <translation>Filtrer par expéditeur ou objet (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2</source>
        <translation>De : %1
Objet : %2</translation>
    </message>
    <message numerus="yes">
        <source>New Mail (%n)</source>
        <translation>
            <numerusform>Nouveaux messages (%n)</numerusform>
            <numerusform>Nouveaux messages (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>L’entrée de démarrage automatique n’a pas pu être modifiée : %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau : %1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Le compte n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Le mot de passe n’a pas pu être retiré du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>App::TrayController</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>Ne pas &amp;déranger</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Liste des messages</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Lettertray</source>
        <translation>&amp;À propos de Lettertray</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1 — problème : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n nouveau</numerusform>
            <numerusform>%1 — %n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Aucun nouveau message</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1 : %n nouveau</numerusform>
            <numerusform>%1 : %n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Ne pas déranger jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server presented a certificate that could not be verified. Someone may be intercepting the connection, or the server uses a certificate of its own making.</source>
        <translation>Le serveur a présenté un certificat qui n’a pas pu être vérifié. Quelqu’un intercepte peut-être la connexion, ou le serveur utilise un certificat qu’il a créé lui-même.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Trust it only if you have compared the SHA-256 fingerprint with the one your provider or administrator gave you. Lettertray will then accept exactly this certificate for this server, and warn again if it ever changes.</source>
        <translation>Ne lui faites confiance que si vous avez comparé l’empreinte SHA-256 avec celle fournie par votre fournisseur ou votre administrateur. Lettertray acceptera alors exactement ce certificat pour ce serveur et vous avertira à nouveau s’il change.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>&amp;Faire confiance à ce certificat pour ce serveur</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start in the tray without opening a window.</source>
        <translation>Démarrer dans la zone de notification sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>Check all accounts for new mail right away.</source>
        <translation>Vérifier immédiatement les nouveaux messages de tous les comptes.</translation>
    </message>
    <message>
        <source>Watch the demo server named by the LETTERTRAY_DEMO_HOST, _PORT, _USER and _PASSWORD environment variables instead of your accounts.</source>
        <translation>Surveiller, au lieu de vos comptes, le serveur de démonstration indiqué par les variables d’environnement LETTERTRAY_DEMO_HOST, _PORT, _USER et _PASSWORD.</translation>
    </message>
    <message>
        <source>Report on standard output whether the tray icon was shown, then quit when &quot;quit&quot; is read from standard input.</source>
        <translation>Indiquer sur la sortie standard si l’icône de notification a été affichée, puis quitter à la lecture de « quit » sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Utiliser cette langue au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Lettertray watches your IMAP mailboxes from the system tray and tells you about new mail.</source>
        <translation>Lettertray surveille vos boîtes IMAP depuis la zone de notification et vous signale les nouveaux messages.</translation>
    </message>
    <message>
        <source>lettertray: unexpected argument: %1</source>
        <translation>lettertray : argument inattendu : %1</translation>
    </message>
</context>
<context>
    <name>Notifier::Account</name>
    <message>
        <source>The account has no identifier.</source>
        <translation>Le compte n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>The email address must contain an @.</source>
        <translation>L’adresse électronique doit contenir un @.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>Le nom du serveur est vide.</translation>
    </message>
    <message>
        <source>The server name contains invalid characters.</source>
        <translation>Le nom du serveur contient des caractères non valides.</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>At least one folder must be watched.</source>
        <translation>Au moins un dossier doit être surveillé.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not SHA-256.</source>
        <translation>L’empreinte du certificat épinglé n’est pas au format SHA-256.</translation>
    </message>
</context>
<context>
    <name>Notifier::AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Le fichier de paramètres %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The settings file %1 is empty.</source>
        <translation>Le fichier de paramètres %1 est vide.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Le fichier de paramètres %1 est endommagé.</translation>
    </message>
    <message>
        <source>The settings file %1 is incomplete (it may have been written only in part).</source>
        <translation>Le fichier de paramètres %1 est incomplet (il n’a peut-être été écrit qu’en partie).</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Lettertray.</source>
        <translation>Le fichier de paramètres %1 a été écrit par une version plus récente de Lettertray.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (its contents do not match its checksum).</source>
        <translation>Le fichier de paramètres %1 est endommagé (son contenu ne correspond pas à sa somme de contrôle).</translation>
    </message>
    <message>
        <source>The settings file %1 has an invalid value: %2.</source>
        <translation>Le fichier de paramètres %1 contient une valeur non valide : %2.</translation>
    </message>
    <message>
        <source>The settings were not saved: the file %1 could not be read and is kept as it is.</source>
        <translation>Les paramètres n’ont pas été enregistrés : le fichier %1 n’a pas pu être lu et est conservé tel quel.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Les paramètres n’ont pas pu être écrits dans %1.</translation>
    </message>
    <message>
        <source>An account with this identifier exists already.</source>
        <translation>Un compte avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>The damaged settings file could not be moved aside.</source>
        <translation>Le fichier de paramètres endommagé n’a pas pu être mis de côté.</translation>
    </message>
</context>
<context>
    <name>Notifier::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n more new message(s)</source>
        <translation>
            <numerusform>%n autre nouveau message</numerusform>
            <numerusform>%n autres nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Afficher les messages</translation>
    </message>
</context>
<context>
    <name>Notifier::FolderWatcher</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur a cessé de répondre.</translation>
    </message>
</context>
<context>
    <name>Notifier::MailMonitor</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>The stored sign-in of this account is unreadable. Sign in again in the account settings.</source>
        <translation>La connexion enregistrée de ce compte est illisible. Reconnectez-vous dans les paramètres du compte.</translation>
    </message>
</context>
<context>
    <name>Notifier::MessageListModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Notifier::NewMailTracker</name>
    <message>
        <source>The new-mail state %1 cannot be read.</source>
        <translation>L’état des nouveaux messages %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is implausibly large; it is ignored.</source>
        <translation>L’état des nouveaux messages %1 est anormalement volumineux ; il est ignoré.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is damaged; folders will be baselined again (nothing old is announced).</source>
        <translation>L’état des nouveaux messages %1 est endommagé ; les dossiers seront réinitialisés (aucun ancien message ne sera signalé).</translation>
    </message>
    <message>
        <source>The new-mail state could not be written to %1.</source>
        <translation>L’état des nouveaux messages n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthSignIn</name>
    <message>
        <source>The sign-in for %1 is not configured (no client id).</source>
        <translation>La connexion avec %1 n’est pas configurée (aucun identifiant client).</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in redirect.</source>
        <translation>Impossible d’ouvrir un port local pour la redirection de connexion.</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Lettertray.</source>
        <translation>Connecté. Vous pouvez fermer cette page et revenir à Lettertray.</translation>
    </message>
    <message>
        <source>No refresh token: please sign in again.</source>
        <translation>Aucun jeton d’actualisation : veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 a refusé la connexion : %2%3</translation>
    </message>
    <message>
        <source>The sign-in redirect did not belong to this sign-in (state mismatch); it was refused. Please try again.</source>
        <translation>La redirection ne correspondait pas à cette connexion (state différent) ; elle a été refusée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>%1 redirected back without an authorization code.</source>
        <translation>%1 a redirigé sans code d’autorisation.</translation>
    </message>
    <message>
        <source>%1 refused the token request: %2%3</source>
        <translation>%1 a refusé la demande de jeton : %2%3</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 a répondu à la demande de jeton sans jeton d’accès.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthTokenRefresher</name>
    <message>
        <source>No keychain configured: the sign-in is kept only until exit.</source>
        <translation>Aucun trousseau configuré : la connexion n’est conservée que jusqu’à la fermeture.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Start Lettertray when I log in</source>
        <translation>&amp;Démarrer Lettertray à l’ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>&amp;Icône de notification :</translation>
    </message>
    <message>
        <source>Light, for dark panels</source>
        <translation>Clair, pour les panneaux sombres</translation>
    </message>
    <message>
        <source>Dark, for light panels</source>
        <translation>Sombre, pour les panneaux clairs</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Vérifier toutes les :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>For servers without IMAP IDLE; others report new mail at once.</source>
        <translation>Pour les serveurs sans IMAP IDLE ; les autres signalent les nouveaux messages immédiatement.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Notify with:</source>
        <translation>&amp;Notifier par :</translation>
    </message>
    <message>
        <source>One notification per message</source>
        <translation>Une notification par message</translation>
    </message>
    <message>
        <source>One summary for all new messages</source>
        <translation>Un résumé pour tous les nouveaux messages</translation>
    </message>
    <message>
        <source>Show the &amp;beginning of the message</source>
        <translation>Afficher le &amp;début du message</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>Jouer un &amp;son</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no notifications</source>
        <translation>&amp;Heures calmes : aucune notification</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Always notify for:</source>
        <translation>Tou&amp;jours notifier pour :</translation>
    </message>
    <message>
        <source>boss@example.org, @family.example</source>
        <translation>patron@example.org, @famille.example</translation>
    </message>
    <message>
        <source>Senders whose mail is announced even in quiet hours, separated by commas. &quot;@domain&quot; means everyone at that domain.</source>
        <translation>Expéditeurs dont les messages sont signalés même pendant les heures calmes, séparés par des virgules. « @domaine » désigne tout le monde dans ce domaine.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Lettertray</source>
        <translation>Bienvenue dans Lettertray</translation>
    </message>
    <message>
        <source>Lettertray lives in the system tray and tells you about new mail as soon as it arrives. Add the mail account it should watch; your password is kept in the system keychain.</source>
        <translation>Lettertray vit dans la zone de notification et vous signale les nouveaux messages dès leur arrivée. Ajoutez le compte de messagerie à surveiller ; votre mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
</context>
</TS>
