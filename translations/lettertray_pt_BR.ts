<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lettertray</source>
        <translation>Sobre o Lettertray</translation>
    </message>
    <message>
        <source>A mail notifier for the desktop: it watches the IMAP folders of your accounts and tells you about new mail as soon as it arrives.</source>
        <translation>Um notificador de e-mail para a área de trabalho: ele acompanha as pastas IMAP das suas contas e avisa sobre novas mensagens assim que chegam.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Endereço de e-mail:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>voce@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Shown in the tray menu and the message list</source>
        <translation>Mostrado no menu da bandeja e na lista de mensagens</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Entrar com:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Google account (OAuth2)</source>
        <translation>Conta Google (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft account (OAuth2)</source>
        <translation>Conta Microsoft (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Servidor de entrada (IMAP)</translation>
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
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;gurança:</translation>
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
        <translation>Nenhuma — senha enviada sem criptografia</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>Igual ao endereço de e-mail</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Watched folders. Test the connection to list the folders on the server.</source>
        <translation>Pastas acompanhadas. Teste a conexão para listar as pastas do servidor.</translation>
    </message>
    <message>
        <source>Open messages in</source>
        <translation>Abrir mensagens em</translation>
    </message>
    <message>
        <source>&amp;Webmail address:</source>
        <translation>Endereço do &amp;webmail:</translation>
    </message>
    <message>
        <source>https://mail.example.org</source>
        <translation>https://mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>Programa de &amp;e-mail:</translation>
    </message>
    <message>
        <source>Default mail program</source>
        <translation>Programa de e-mail padrão</translation>
    </message>
</context>
<context>
    <name>App::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
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
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterada</translation>
    </message>
    <message>
        <source>Enter the email address, like you@example.org.</source>
        <translation>Digite o endereço de e-mail, como voce@example.org.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, or test the connection to find it.</source>
        <translation>Digite o servidor IMAP ou teste a conexão para encontrá-lo.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Escolha pelo menos uma pasta para acompanhar.</translation>
    </message>
    <message>
        <source>The webmail address is not a valid web address.</source>
        <translation>O endereço do webmail não é um endereço web válido.</translation>
    </message>
    <message>
        <source>Looking up the server settings for %1…</source>
        <translation>Procurando as configurações do servidor para %1…</translation>
    </message>
    <message>
        <source>No server settings were found; please enter them.</source>
        <translation>Nenhuma configuração de servidor foi encontrada; digite-as.</translation>
    </message>
    <message>
        <source>Settings published by the domain were filled in.</source>
        <translation>As configurações publicadas pelo domínio foram preenchidas.</translation>
    </message>
    <message>
        <source>Settings for %1 were filled in.</source>
        <translation>As configurações de %1 foram preenchidas.</translation>
    </message>
    <message>
        <source>The server name is a guess; test the connection to be sure.</source>
        <translation>O nome do servidor é um palpite; teste a conexão para ter certeza.</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Digite a senha para testar a conexão.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>Entre primeiro com %1.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Entrar com o &amp;Google</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Entrar com a &amp;Microsoft</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Conectado com %1.</translation>
    </message>
    <message>
        <source>Signed in before; sign in again only if the account stopped working.</source>
        <translation>Já conectado; entre novamente só se a conta parar de funcionar.</translation>
    </message>
    <message>
        <source>Not signed in yet. The sign-in opens in your web browser.</source>
        <translation>Ainda não conectado. O login abre no seu navegador.</translation>
    </message>
    <message>
        <source>This build of Lettertray has no sign-in registration for %1. Choose Password and use an app password from your provider.</source>
        <translation>Esta versão do Lettertray não tem registro de login para %1. Escolha “Senha” e use uma senha de app do seu provedor.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>O login falhou: %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>Aguardando o login no seu navegador…</translation>
    </message>
    <message>
        <source>Signed in with %1; storing the sign-in in the keychain…</source>
        <translation>Conectado com %1; guardando o login no chaveiro…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>Conectado, mas o chaveiro não guardou o login: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The sign-in is kept in the system keychain.</source>
        <translation>Conectado com %1. O login fica guardado no chaveiro do sistema.</translation>
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
        <translation>Não foi possível ler suas contas: %1</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Conta de demonstração</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>Falha ao entrar</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <source>Second demo account</source>
        <translation>Segunda conta de demonstração</translation>
    </message>
</context>
<context>
    <name>App::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
</context>
<context>
    <name>App::ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Falha ao entrar: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (%1).</source>
        <translation>O servidor não aceitou o nome de usuário ou a senha (%1).</translation>
    </message>
    <message>
        <source>Reading the folder list…</source>
        <translation>Lendo a lista de pastas…</translation>
    </message>
    <message>
        <source>Signed in, but the folder list could not be read: %1</source>
        <translation>Conectado, mas não foi possível ler a lista de pastas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected and signed in; %n folder(s) found.</source>
        <translation>
            <numerusform>Conectado; %n pasta encontrada.</numerusform>
            <numerusform>Conectado; %n pastas encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Não foi possível alcançar o servidor: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>Não foi possível estabelecer a conexão segura: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Não foi possível verificar o certificado do servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted before.</source>
        <translation>O certificado do servidor não é aquele em que você confiou antes.</translation>
    </message>
    <message>
        <source>The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.</source>
        <translation>O servidor não configurou o STARTTLS corretamente, então nada foi enviado. Tente TLS.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>A conexão falhou: %1</translation>
    </message>
</context>
<context>
    <name>App::FallbackWindow</name>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Lista de mensagens</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Verificar agora</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mais</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ontem %1</translation>
    </message>
</context>
<context>
    <name>App::MessageListWindow</name>
    <message>
        <source>New Mail</source>
        <translation>Novos e-mails</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;lida</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;não lida</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Filter by sender or subject (Ctrl+F)</source>
        <translation>Filtrar por remetente ou assunto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2</source>
        <translation>De: %1
Assunto: %2</translation>
    </message>
    <message numerus="yes">
        <source>New Mail (%n)</source>
        <translation>
            <numerusform>Novos e-mails (%n)</numerusform>
            <numerusform>Novos e-mails (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>Não foi possível alterar a entrada de inicialização automática: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Não foi possível salvar as configurações: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, porta %2</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Não foi possível salvar a conta: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Não foi possível guardar a senha no chaveiro: %1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Não foi possível remover a conta: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Não foi possível remover a senha do chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>App::TrayController</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Verificar agora</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Marcar todas como lidas</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Não perturbe</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Por 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Até &amp;amanhã</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desligado</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>&amp;Lista de mensagens</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;About Lettertray</source>
        <translation>&amp;Sobre o Lettertray</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Nenhuma conta ainda</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1 — problema: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n nova</numerusform>
            <numerusform>%1 — %n novas</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Nenhum e-mail novo</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1: %n nova</numerusform>
            <numerusform>%1: %n novas</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Não perturbe até %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <source>The server presented a certificate that could not be verified. Someone may be intercepting the connection, or the server uses a certificate of its own making.</source>
        <translation>O servidor apresentou um certificado que não pôde ser verificado. Alguém pode estar interceptando a conexão, ou o servidor usa um certificado feito por ele mesmo.</translation>
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
        <translation>Validade:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if you have compared the SHA-256 fingerprint with the one your provider or administrator gave you. Lettertray will then accept exactly this certificate for this server, and warn again if it ever changes.</source>
        <translation>Confie nele somente se você comparou a impressão digital SHA-256 com a que seu provedor ou administrador forneceu. O Lettertray passará a aceitar exatamente este certificado para este servidor e avisará novamente se ele mudar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>&amp;Confiar neste certificado para este servidor</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start in the tray without opening a window.</source>
        <translation>Iniciar na bandeja sem abrir uma janela.</translation>
    </message>
    <message>
        <source>Check all accounts for new mail right away.</source>
        <translation>Verificar imediatamente novos e-mails em todas as contas.</translation>
    </message>
    <message>
        <source>Watch the demo server named by the LETTERTRAY_DEMO_HOST, _PORT, _USER and _PASSWORD environment variables instead of your accounts.</source>
        <translation>Acompanhar, em vez das suas contas, o servidor de demonstração indicado pelas variáveis de ambiente LETTERTRAY_DEMO_HOST, _PORT, _USER e _PASSWORD.</translation>
    </message>
    <message>
        <source>Report on standard output whether the tray icon was shown, then quit when &quot;quit&quot; is read from standard input.</source>
        <translation>Informar na saída padrão se o ícone da bandeja foi exibido e sair ao ler “quit” na entrada padrão.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Usar este idioma em vez do idioma do sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Lettertray watches your IMAP mailboxes from the system tray and tells you about new mail.</source>
        <translation>O Lettertray acompanha suas caixas IMAP a partir da bandeja do sistema e avisa sobre novos e-mails.</translation>
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
        <translation>A conta não tem identificador.</translation>
    </message>
    <message>
        <source>The email address must contain an @.</source>
        <translation>O endereço de e-mail deve conter um @.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>O nome do servidor está vazio.</translation>
    </message>
    <message>
        <source>The server name contains invalid characters.</source>
        <translation>O nome do servidor contém caracteres inválidos.</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>A porta deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>At least one folder must be watched.</source>
        <translation>Pelo menos uma pasta deve ser acompanhada.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not SHA-256.</source>
        <translation>A impressão digital do certificado fixado não é SHA-256.</translation>
    </message>
</context>
<context>
    <name>Notifier::AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo de configurações %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is empty.</source>
        <translation>O arquivo de configurações %1 está vazio.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>O arquivo de configurações %1 está danificado.</translation>
    </message>
    <message>
        <source>The settings file %1 is incomplete (it may have been written only in part).</source>
        <translation>O arquivo de configurações %1 está incompleto (pode ter sido gravado só em parte).</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Lettertray.</source>
        <translation>O arquivo de configurações %1 foi gravado por uma versão mais nova do Lettertray.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (its contents do not match its checksum).</source>
        <translation>O arquivo de configurações %1 está danificado (o conteúdo não confere com a soma de verificação).</translation>
    </message>
    <message>
        <source>The settings file %1 has an invalid value: %2.</source>
        <translation>O arquivo de configurações %1 tem um valor inválido: %2.</translation>
    </message>
    <message>
        <source>The settings were not saved: the file %1 could not be read and is kept as it is.</source>
        <translation>As configurações não foram salvas: o arquivo %1 não pôde ser lido e foi mantido como está.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Não foi possível gravar as configurações em %1.</translation>
    </message>
    <message>
        <source>An account with this identifier exists already.</source>
        <translation>Já existe uma conta com este identificador.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Essa conta não existe.</translation>
    </message>
    <message>
        <source>The damaged settings file could not be moved aside.</source>
        <translation>Não foi possível mover o arquivo de configurações danificado para outro lugar.</translation>
    </message>
</context>
<context>
    <name>Notifier::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n more new message(s)</source>
        <translation>
            <numerusform>mais %n nova mensagem</numerusform>
            <numerusform>mais %n novas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Mostrar mensagens</translation>
    </message>
</context>
<context>
    <name>Notifier::FolderWatcher</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>O servidor parou de responder.</translation>
    </message>
</context>
<context>
    <name>Notifier::MailMonitor</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Nenhuma senha está guardada para esta conta.</translation>
    </message>
    <message>
        <source>The stored sign-in of this account is unreadable. Sign in again in the account settings.</source>
        <translation>O login guardado desta conta está ilegível. Entre novamente nas configurações da conta.</translation>
    </message>
</context>
<context>
    <name>Notifier::MessageListModel</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>Notifier::NewMailTracker</name>
    <message>
        <source>The new-mail state %1 cannot be read.</source>
        <translation>Não é possível ler o estado de novos e-mails %1.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is implausibly large; it is ignored.</source>
        <translation>O estado de novos e-mails %1 é grande demais para ser plausível; ele foi ignorado.</translation>
    </message>
    <message>
        <source>The new-mail state %1 is damaged; folders will be baselined again (nothing old is announced).</source>
        <translation>O estado de novos e-mails %1 está danificado; as pastas serão tomadas como nova referência (nada antigo será anunciado).</translation>
    </message>
    <message>
        <source>The new-mail state could not be written to %1.</source>
        <translation>Não foi possível gravar o estado de novos e-mails em %1.</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthSignIn</name>
    <message>
        <source>The sign-in for %1 is not configured (no client id).</source>
        <translation>O login com %1 não está configurado (sem ID de cliente).</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in redirect.</source>
        <translation>Não foi possível abrir uma porta local para o redirecionamento do login.</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Lettertray.</source>
        <translation>Conectado. Você pode fechar esta página e voltar ao Lettertray.</translation>
    </message>
    <message>
        <source>No refresh token: please sign in again.</source>
        <translation>Sem token de atualização: entre novamente.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 recusou o login: %2%3</translation>
    </message>
    <message>
        <source>The sign-in redirect did not belong to this sign-in (state mismatch); it was refused. Please try again.</source>
        <translation>O redirecionamento não pertencia a este login (state divergente); foi recusado. Tente novamente.</translation>
    </message>
    <message>
        <source>%1 redirected back without an authorization code.</source>
        <translation>%1 redirecionou de volta sem um código de autorização.</translation>
    </message>
    <message>
        <source>%1 refused the token request: %2%3</source>
        <translation>%1 recusou a solicitação de token: %2%3</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 respondeu à solicitação de token sem um token de acesso.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Não foi possível acessar %1: %2</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthTokenRefresher</name>
    <message>
        <source>No keychain configured: the sign-in is kept only until exit.</source>
        <translation>Nenhum chaveiro configurado: o login é mantido só até sair.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;Start Lettertray when I log in</source>
        <translation>&amp;Iniciar o Lettertray ao entrar na sessão</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>Ícone da &amp;bandeja:</translation>
    </message>
    <message>
        <source>Light, for dark panels</source>
        <translation>Claro, para painéis escuros</translation>
    </message>
    <message>
        <source>Dark, for light panels</source>
        <translation>Escuro, para painéis claros</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Verificar a cada:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>For servers without IMAP IDLE; others report new mail at once.</source>
        <translation>Para servidores sem IMAP IDLE; os demais avisam sobre novos e-mails imediatamente.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>&amp;Notify with:</source>
        <translation>&amp;Notificar com:</translation>
    </message>
    <message>
        <source>One notification per message</source>
        <translation>Uma notificação por mensagem</translation>
    </message>
    <message>
        <source>One summary for all new messages</source>
        <translation>Um resumo de todas as novas mensagens</translation>
    </message>
    <message>
        <source>Show the &amp;beginning of the message</source>
        <translation>Mostrar o &amp;início da mensagem</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>Tocar um so&amp;m</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no notifications</source>
        <translation>&amp;Horário silencioso: sem notificações</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Always notify for:</source>
        <translation>&amp;Sempre notificar para:</translation>
    </message>
    <message>
        <source>boss@example.org, @family.example</source>
        <translation>chefe@example.org, @familia.example</translation>
    </message>
    <message>
        <source>Senders whose mail is announced even in quiet hours, separated by commas. &quot;@domain&quot; means everyone at that domain.</source>
        <translation>Remetentes cujos e-mails são anunciados mesmo no horário silencioso, separados por vírgulas. “@domínio” significa todos desse domínio.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Welcome to Lettertray</source>
        <translation>Boas-vindas ao Lettertray</translation>
    </message>
    <message>
        <source>Lettertray lives in the system tray and tells you about new mail as soon as it arrives. Add the mail account it should watch; your password is kept in the system keychain.</source>
        <translation>O Lettertray fica na bandeja do sistema e avisa sobre novos e-mails assim que chegam. Adicione a conta de e-mail que ele deve acompanhar; sua senha fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
</context>
</TS>
