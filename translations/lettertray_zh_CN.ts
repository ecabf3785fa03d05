<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lettertray</source>
        <translation>关于 Lettertray</translation>
    </message>
    <message>
        <source>A mail notifier for the desktop: it watches the IMAP folders of your accounts and tells you about new mail as soon as it arrives.</source>
        <translation>桌面邮件通知程序：它监视您账户的 IMAP 文件夹，新邮件一到就通知您。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>电子邮件地址(&amp;E)：</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Shown in the tray menu and the message list</source>
        <translation>显示在托盘菜单和邮件列表中</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Google account (OAuth2)</source>
        <translation>Google 账户 (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft account (OAuth2)</source>
        <translation>Microsoft 账户 (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>收件服务器 (IMAP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全性(&amp;C)：</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS（推荐）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None — password sent unencrypted</source>
        <translation>无——密码以明文发送</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>与电子邮件地址相同</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Watched folders. Test the connection to list the folders on the server.</source>
        <translation>监视的文件夹。测试连接即可列出服务器上的文件夹。</translation>
    </message>
    <message>
        <source>Open messages in</source>
        <translation>打开邮件的方式</translation>
    </message>
    <message>
        <source>&amp;Webmail address:</source>
        <translation>网页邮箱地址(&amp;W)：</translation>
    </message>
    <message>
        <source>https://mail.example.org</source>
        <translation>https://mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>邮件程序(&amp;M)：</translation>
    </message>
    <message>
        <source>Default mail program</source>
        <translation>默认邮件程序</translation>
    </message>
</context>
<context>
    <name>App::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>IMAP library %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>IMAP 库 %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>App::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Enter the email address, like you@example.org.</source>
        <translation>请输入电子邮件地址，例如 you@example.org。</translation>
    </message>
    <message>
        <source>Enter the IMAP server, or test the connection to find it.</source>
        <translation>请输入 IMAP 服务器，或测试连接以查找服务器。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>请至少选择一个要监视的文件夹。</translation>
    </message>
    <message>
        <source>The webmail address is not a valid web address.</source>
        <translation>网页邮箱地址不是有效的网址。</translation>
    </message>
    <message>
        <source>Looking up the server settings for %1…</source>
        <translation>正在查找 %1 的服务器设置…</translation>
    </message>
    <message>
        <source>No server settings were found; please enter them.</source>
        <translation>未找到服务器设置，请手动输入。</translation>
    </message>
    <message>
        <source>Settings published by the domain were filled in.</source>
        <translation>已填入该域名公布的设置。</translation>
    </message>
    <message>
        <source>Settings for %1 were filled in.</source>
        <translation>已填入 %1 的设置。</translation>
    </message>
    <message>
        <source>The server name is a guess; test the connection to be sure.</source>
        <translation>服务器名称是推测的，请测试连接以确认。</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>请输入密码以测试连接。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>请先使用 %1 登录。</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>使用 Google 登录(&amp;G)</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>使用 Microsoft 登录(&amp;M)</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>已使用 %1 登录。</translation>
    </message>
    <message>
        <source>Signed in before; sign in again only if the account stopped working.</source>
        <translation>之前已登录；仅当账户无法使用时才需要重新登录。</translation>
    </message>
    <message>
        <source>Not signed in yet. The sign-in opens in your web browser.</source>
        <translation>尚未登录。登录将在您的网页浏览器中打开。</translation>
    </message>
    <message>
        <source>This build of Lettertray has no sign-in registration for %1. Choose Password and use an app password from your provider.</source>
        <translation>此版本的 Lettertray 没有 %1 的登录注册。请选择“密码”，并使用邮件服务商提供的应用专用密码。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>正在等待您在网页浏览器中登录…</translation>
    </message>
    <message>
        <source>Signed in with %1; storing the sign-in in the keychain…</source>
        <translation>已使用 %1 登录；正在将登录信息保存到密钥环…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>已登录，但密钥环未能保存登录信息：%1</translation>
    </message>
    <message>
        <source>Signed in with %1. The sign-in is kept in the system keychain.</source>
        <translation>已使用 %1 登录。登录信息保存在系统密钥环中。</translation>
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
        <translation>无法读取您的账户：%1</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>演示账户</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>Second demo account</source>
        <translation>第二个演示账户</translation>
    </message>
</context>
<context>
    <name>App::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>App::ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (%1).</source>
        <translation>服务器不接受该用户名或密码（%1）。</translation>
    </message>
    <message>
        <source>Reading the folder list…</source>
        <translation>正在读取文件夹列表…</translation>
    </message>
    <message>
        <source>Signed in, but the folder list could not be read: %1</source>
        <translation>已登录，但无法读取文件夹列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected and signed in; %n folder(s) found.</source>
        <translation>
            <numerusform>已连接并登录；找到 %n 个文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>无法建立安全连接：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>无法验证服务器的证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted before.</source>
        <translation>服务器的证书不是您之前信任的那个。</translation>
    </message>
    <message>
        <source>The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.</source>
        <translation>服务器未正确建立 STARTTLS，因此未发送任何内容。请改用 TLS。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>App::FallbackWindow</name>
    <message>
        <source>Message &amp;List</source>
        <translation>邮件列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
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
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
</context>
<context>
    <name>App::MessageListWindow</name>
    <message>
        <source>New Mail</source>
        <translation>新邮件</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>标记为已读(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Filter by sender or subject (Ctrl+F)</source>
        <translation>按发件人或主题筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2</source>
        <translation>发件人：%1
主题：%2</translation>
    </message>
    <message numerus="yes">
        <source>New Mail (%n)</source>
        <translation>
            <numerusform>新邮件 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>无法更改自启动项：%1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>无法将密码保存到密钥环：%1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>无法删除账户：%1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>无法从密钥环中删除密码：%1</translation>
    </message>
</context>
<context>
    <name>App::TrayController</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>全部标记为已读(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>勿扰(&amp;D)</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>1 小时(&amp;H)</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>直到明天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>邮件列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Lettertray</source>
        <translation>关于 Lettertray(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>尚无账户</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1 — 问题：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n 封新邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>没有新邮件</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n 封新邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1：%n 封新邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>勿扰模式至 %1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>The server presented a certificate that could not be verified. Someone may be intercepting the connection, or the server uses a certificate of its own making.</source>
        <translation>服务器出示的证书无法验证。可能有人正在拦截连接，或者服务器使用的是自行签发的证书。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Trust it only if you have compared the SHA-256 fingerprint with the one your provider or administrator gave you. Lettertray will then accept exactly this certificate for this server, and warn again if it ever changes.</source>
        <translation>只有在您已将 SHA-256 指纹与服务商或管理员提供的指纹核对一致时才信任它。之后 Lettertray 将只为此服务器接受这一个证书，如果证书发生变化会再次提醒您。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>为此服务器信任此证书(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start in the tray without opening a window.</source>
        <translation>在托盘中启动，不打开窗口。</translation>
    </message>
    <message>
        <source>Check all accounts for new mail right away.</source>
        <translation>立即检查所有账户的新邮件。</translation>
    </message>
    <message>
        <source>Watch the demo server named by the LETTERTRAY_DEMO_HOST, _PORT, _USER and _PASSWORD environment variables instead of your accounts.</source>
        <translation>监视由环境变量 LETTERTRAY_DEMO_HOST、_PORT、_USER 和 _PASSWORD 指定的演示服务器，而不是您的账户。</translation>
    </message>
    <message>
        <source>Report on standard output whether the tray icon was shown, then quit when &quot;quit&quot; is read from standard input.</source>
        <translation>在标准输出中报告托盘图标是否已显示，并在从标准输入读到“quit”时退出。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>使用此语言代替系统语言。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Lettertray watches your IMAP mailboxes from the system tray and tells you about new mail.</source>
        <translation>Lettertray 在系统托盘中监视您的 IMAP 邮箱，并通知您新邮件。</translation>
    </message>
    <message>
        <source>lettertray: unexpected argument: %1</source>
        <translation>lettertray：意外的参数：%1</translation>
    </message>
</context>
<context>
    <name>Notifier::Account</name>
    <message>
        <source>The account has no identifier.</source>
        <translation>该账户没有标识符。</translation>
    </message>
    <message>
        <source>The email address must contain an @.</source>
        <translation>电子邮件地址必须包含 @。</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>服务器名称为空。</translation>
    </message>
    <message>
        <source>The server name contains invalid characters.</source>
        <translation>服务器名称包含无效字符。</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>At least one folder must be watched.</source>
        <translation>必须至少监视一个文件夹。</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not SHA-256.</source>
        <translation>固定的证书指纹不是 SHA-256。</translation>
    </message>
</context>
<context>
    <name>Notifier::AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>无法读取设置文件 %1。</translation>
    </message>
    <message>
        <source>The settings file %1 is empty.</source>
        <translation>设置文件 %1 为空。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>设置文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The settings file %1 is incomplete (it may have been written only in part).</source>
        <translation>设置文件 %1 不完整（可能只写入了一部分）。</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Lettertray.</source>
        <translation>设置文件 %1 是由较新版本的 Lettertray 写入的。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (its contents do not match its checksum).</source>
        <translation>设置文件 %1 已损坏（内容与校验和不符）。</translation>
    </message>
    <message>
        <source>The settings file %1 has an invalid value: %2.</source>
        <translation>设置文件 %1 中有无效的值：%2。</translation>
    </message>
    <message>
        <source>The settings were not saved: the file %1 could not be read and is kept as it is.</source>
        <translation>设置未保存：无法读取文件 %1，已保持原样。</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>无法将设置写入 %1。</translation>
    </message>
    <message>
        <source>An account with this identifier exists already.</source>
        <translation>已存在具有此标识符的账户。</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>没有这个账户。</translation>
    </message>
    <message>
        <source>The damaged settings file could not be moved aside.</source>
        <translation>无法将损坏的设置文件移到一旁。</translation>
    </message>
</context>
<context>
    <name>Notifier::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n more new message(s)</source>
        <translation>
            <numerusform>另有 %n 封新邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新邮件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n 封新邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 封</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>显示邮件</translation>
    </message>
</context>
<context>
    <name>Notifier::FolderWatcher</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>服务器停止响应。</translation>
    </message>
</context>
<context>
    <name>Notifier::MailMonitor</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>此账户没有保存密码。</translation>
    </message>
    <message>
        <source>The stored sign-in of this account is unreadable. Sign in again in the account settings.</source>
        <translation>此账户保存的登录信息无法读取。请在账户设置中重新登录。</translation>
    </message>
</context>
<context>
    <name>Notifier::MessageListModel</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>Notifier::NewMailTracker</name>
    <message>
        <source>The new-mail state %1 cannot be read.</source>
        <translation>无法读取新邮件状态 %1。</translation>
    </message>
    <message>
        <source>The new-mail state %1 is implausibly large; it is ignored.</source>
        <translation>新邮件状态 %1 大得不合理，已忽略。</translation>
    </message>
    <message>
        <source>The new-mail state %1 is damaged; folders will be baselined again (nothing old is announced).</source>
        <translation>新邮件状态 %1 已损坏；将重新建立文件夹基线（不会通知旧邮件）。</translation>
    </message>
    <message>
        <source>The new-mail state could not be written to %1.</source>
        <translation>无法将新邮件状态写入 %1。</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthSignIn</name>
    <message>
        <source>The sign-in for %1 is not configured (no client id).</source>
        <translation>%1 登录未配置（没有客户端 ID）。</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in redirect.</source>
        <translation>无法为登录重定向打开本地端口。</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Lettertray.</source>
        <translation>已登录。您可以关闭此页面并返回 Lettertray。</translation>
    </message>
    <message>
        <source>No refresh token: please sign in again.</source>
        <translation>没有刷新令牌：请重新登录。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 拒绝了登录：%2%3</translation>
    </message>
    <message>
        <source>The sign-in redirect did not belong to this sign-in (state mismatch); it was refused. Please try again.</source>
        <translation>登录重定向不属于本次登录（state 不匹配），已被拒绝。请重试。</translation>
    </message>
    <message>
        <source>%1 redirected back without an authorization code.</source>
        <translation>%1 重定向回来时没有授权码。</translation>
    </message>
    <message>
        <source>%1 refused the token request: %2%3</source>
        <translation>%1 拒绝了令牌请求：%2%3</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 对令牌请求的响应中没有访问令牌。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthTokenRefresher</name>
    <message>
        <source>No keychain configured: the sign-in is kept only until exit.</source>
        <translation>未配置密钥环：登录信息仅保留到退出为止。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Start Lettertray when I log in</source>
        <translation>登录时启动 Lettertray(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>托盘图标(&amp;T)：</translation>
    </message>
    <message>
        <source>Light, for dark panels</source>
        <translation>浅色，适用于深色面板</translation>
    </message>
    <message>
        <source>Dark, for light panels</source>
        <translation>深色，适用于浅色面板</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>检查间隔(&amp;C)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>For servers without IMAP IDLE; others report new mail at once.</source>
        <translation>用于不支持 IMAP IDLE 的服务器；其他服务器会立即报告新邮件。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Notify with:</source>
        <translation>通知方式(&amp;N)：</translation>
    </message>
    <message>
        <source>One notification per message</source>
        <translation>每封邮件一条通知</translation>
    </message>
    <message>
        <source>One summary for all new messages</source>
        <translation>所有新邮件一条汇总</translation>
    </message>
    <message>
        <source>Show the &amp;beginning of the message</source>
        <translation>显示邮件开头(&amp;B)</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>播放声音(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no notifications</source>
        <translation>免打扰时段：不发通知(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>到(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Always notify for:</source>
        <translation>始终通知(&amp;A)：</translation>
    </message>
    <message>
        <source>boss@example.org, @family.example</source>
        <translation>boss@example.org, @family.example</translation>
    </message>
    <message>
        <source>Senders whose mail is announced even in quiet hours, separated by commas. &quot;@domain&quot; means everyone at that domain.</source>
        <translation>即使在免打扰时段也会通知其邮件的发件人，用逗号分隔。“@域名”表示该域名下的所有人。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to Lettertray</source>
        <translation>欢迎使用 Lettertray</translation>
    </message>
    <message>
        <source>Lettertray lives in the system tray and tells you about new mail as soon as it arrives. Add the mail account it should watch; your password is kept in the system keychain.</source>
        <translation>Lettertray 驻留在系统托盘中，新邮件一到就会通知您。请添加要监视的邮件账户；您的密码将保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
</context>
</TS>
