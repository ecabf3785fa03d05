<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lettertray</source>
        <translation>Lettertray について</translation>
    </message>
    <message>
        <source>A mail notifier for the desktop: it watches the IMAP folders of your accounts and tells you about new mail as soon as it arrives.</source>
        <translation>デスクトップ用のメール通知ツールです。アカウントの IMAP フォルダーを監視し、新着メールが届くとすぐにお知らせします。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Shown in the tray menu and the message list</source>
        <translation>トレイメニューとメッセージ一覧に表示されます</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>サインイン方法(&amp;S):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Google account (OAuth2)</source>
        <translation>Google アカウント (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft account (OAuth2)</source>
        <translation>Microsoft アカウント (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保管されます</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>受信メールサーバー (IMAP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>セキュリティ(&amp;C):</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS（推奨）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None — password sent unencrypted</source>
        <translation>なし — パスワードは暗号化されずに送信されます</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Same as the email address</source>
        <translation>メールアドレスと同じ</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Watched folders. Test the connection to list the folders on the server.</source>
        <translation>監視するフォルダー。接続をテストすると、サーバー上のフォルダーが一覧表示されます。</translation>
    </message>
    <message>
        <source>Open messages in</source>
        <translation>メッセージを開く場所</translation>
    </message>
    <message>
        <source>&amp;Webmail address:</source>
        <translation>Web メールのアドレス(&amp;W):</translation>
    </message>
    <message>
        <source>https://mail.example.org</source>
        <translation>https://mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>メールソフト(&amp;M):</translation>
    </message>
    <message>
        <source>Default mail program</source>
        <translation>既定のメールソフト</translation>
    </message>
</context>
<context>
    <name>App::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>IMAP library %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>IMAP ライブラリ %1 · Qt %2&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>App::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>アカウントを編集</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Enter the email address, like you@example.org.</source>
        <translation>メールアドレスを入力してください（例: you@example.org）。</translation>
    </message>
    <message>
        <source>Enter the IMAP server, or test the connection to find it.</source>
        <translation>IMAP サーバーを入力するか、接続をテストして検出してください。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>監視するフォルダーを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>The webmail address is not a valid web address.</source>
        <translation>Web メールのアドレスが有効な Web アドレスではありません。</translation>
    </message>
    <message>
        <source>Looking up the server settings for %1…</source>
        <translation>%1 のサーバー設定を検索しています…</translation>
    </message>
    <message>
        <source>No server settings were found; please enter them.</source>
        <translation>サーバー設定が見つかりませんでした。入力してください。</translation>
    </message>
    <message>
        <source>Settings published by the domain were filled in.</source>
        <translation>ドメインが公開している設定を入力しました。</translation>
    </message>
    <message>
        <source>Settings for %1 were filled in.</source>
        <translation>%1 の設定を入力しました。</translation>
    </message>
    <message>
        <source>The server name is a guess; test the connection to be sure.</source>
        <translation>サーバー名は推測です。接続をテストして確認してください。</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>接続をテストするにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>先に %1 でサインインしてください。</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Google でサインイン(&amp;G)</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Microsoft でサインイン(&amp;M)</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>%1 でサインインしました。</translation>
    </message>
    <message>
        <source>Signed in before; sign in again only if the account stopped working.</source>
        <translation>サインイン済みです。アカウントが動作しなくなった場合にのみ、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Not signed in yet. The sign-in opens in your web browser.</source>
        <translation>まだサインインしていません。サインインは Web ブラウザーで開きます。</translation>
    </message>
    <message>
        <source>This build of Lettertray has no sign-in registration for %1. Choose Password and use an app password from your provider.</source>
        <translation>この Lettertray のビルドには %1 のサインイン登録がありません。「パスワード」を選び、プロバイダーのアプリ パスワードを使用してください。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>Web ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Signed in with %1; storing the sign-in in the keychain…</source>
        <translation>%1 でサインインしました。サインイン情報をキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>サインインしましたが、キーチェーンにサインイン情報を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The sign-in is kept in the system keychain.</source>
        <translation>%1 でサインインしました。サインイン情報はシステムのキーチェーンに保存されます。</translation>
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
        <translation>アカウントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>デモ アカウント</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <source>Second demo account</source>
        <translation>2 つ目のデモ アカウント</translation>
    </message>
</context>
<context>
    <name>App::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
</context>
<context>
    <name>App::ConnectionTest</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (%1).</source>
        <translation>サーバーがユーザー名またはパスワードを受け付けませんでした (%1)。</translation>
    </message>
    <message>
        <source>Reading the folder list…</source>
        <translation>フォルダー一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>Signed in, but the folder list could not be read: %1</source>
        <translation>サインインしましたが、フォルダー一覧を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected and signed in; %n folder(s) found.</source>
        <translation>
            <numerusform>接続してサインインしました。%n 個のフォルダーが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>サーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>安全な接続を確立できませんでした: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>サーバーの証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted before.</source>
        <translation>サーバーの証明書が、以前に信頼した証明書と異なります。</translation>
    </message>
    <message>
        <source>The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.</source>
        <translation>サーバーが STARTTLS を正しく開始しなかったため、何も送信していません。代わりに TLS を試してください。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>App::FallbackWindow</name>
    <message>
        <source>Message &amp;List</source>
        <translation>メッセージ一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>今すぐ確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>その他(&amp;M)</translation>
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
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>昨日 %1</translation>
    </message>
</context>
<context>
    <name>App::MessageListWindow</name>
    <message>
        <source>New Mail</source>
        <translation>新着メール</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>既読にする(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>未読にする(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Filter by sender or subject (Ctrl+F)</source>
        <translation>差出人または件名で絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2</source>
        <translation>差出人: %1
件名: %2</translation>
    </message>
    <message numerus="yes">
        <source>New Mail (%n)</source>
        <translation>
            <numerusform>新着メール (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>自動起動の設定を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1、ポート %2</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>アカウントを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>パスワードをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>アカウントを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>キーチェーンからパスワードを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>App::TrayController</name>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>今すぐ確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>すべて既読にする(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>通知を停止(&amp;D)</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>明日まで(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>オフ(&amp;O)</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>メッセージ一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Lettertray</source>
        <translation>Lettertray について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>アカウントはまだありません</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1 — 問題: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — 新着 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>新着メールはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>新着メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1: 新着 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>%1 まで通知を停止中</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>The server presented a certificate that could not be verified. Someone may be intercepting the connection, or the server uses a certificate of its own making.</source>
        <translation>サーバーが提示した証明書を検証できませんでした。誰かが接続を傍受しているか、サーバーが独自に作成した証明書を使っている可能性があります。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>発行先:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if you have compared the SHA-256 fingerprint with the one your provider or administrator gave you. Lettertray will then accept exactly this certificate for this server, and warn again if it ever changes.</source>
        <translation>プロバイダーや管理者から知らされた SHA-256 フィンガープリントと照合した場合にのみ信頼してください。Lettertray はこのサーバーについてこの証明書だけを受け入れ、変更された場合は再び警告します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>このサーバーでこの証明書を信頼する(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start in the tray without opening a window.</source>
        <translation>ウィンドウを開かずにトレイで起動します。</translation>
    </message>
    <message>
        <source>Check all accounts for new mail right away.</source>
        <translation>すべてのアカウントの新着メールをすぐに確認します。</translation>
    </message>
    <message>
        <source>Watch the demo server named by the LETTERTRAY_DEMO_HOST, _PORT, _USER and _PASSWORD environment variables instead of your accounts.</source>
        <translation>アカウントの代わりに、環境変数 LETTERTRAY_DEMO_HOST、_PORT、_USER、_PASSWORD で指定されたデモ サーバーを監視します。</translation>
    </message>
    <message>
        <source>Report on standard output whether the tray icon was shown, then quit when &quot;quit&quot; is read from standard input.</source>
        <translation>トレイ アイコンが表示されたかどうかを標準出力に報告し、標準入力から「quit」を読むと終了します。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>システムの言語の代わりにこの言語を使います。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Lettertray watches your IMAP mailboxes from the system tray and tells you about new mail.</source>
        <translation>Lettertray はシステムトレイから IMAP メールボックスを監視し、新着メールをお知らせします。</translation>
    </message>
    <message>
        <source>lettertray: unexpected argument: %1</source>
        <translation>lettertray: 予期しない引数: %1</translation>
    </message>
</context>
<context>
    <name>Notifier::Account</name>
    <message>
        <source>The account has no identifier.</source>
        <translation>アカウントに識別子がありません。</translation>
    </message>
    <message>
        <source>The email address must contain an @.</source>
        <translation>メールアドレスには @ が必要です。</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>サーバー名が空です。</translation>
    </message>
    <message>
        <source>The server name contains invalid characters.</source>
        <translation>サーバー名に無効な文字が含まれています。</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>ポートは 1～65535 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>At least one folder must be watched.</source>
        <translation>少なくとも 1 つのフォルダーを監視する必要があります。</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not SHA-256.</source>
        <translation>固定された証明書のフィンガープリントが SHA-256 ではありません。</translation>
    </message>
</context>
<context>
    <name>Notifier::AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>設定ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The settings file %1 is empty.</source>
        <translation>設定ファイル %1 が空です。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>設定ファイル %1 が壊れています。</translation>
    </message>
    <message>
        <source>The settings file %1 is incomplete (it may have been written only in part).</source>
        <translation>設定ファイル %1 が不完全です（一部しか書き込まれなかった可能性があります）。</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Lettertray.</source>
        <translation>設定ファイル %1 は新しいバージョンの Lettertray で書き込まれました。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (its contents do not match its checksum).</source>
        <translation>設定ファイル %1 が壊れています（内容がチェックサムと一致しません）。</translation>
    </message>
    <message>
        <source>The settings file %1 has an invalid value: %2.</source>
        <translation>設定ファイル %1 に無効な値があります: %2。</translation>
    </message>
    <message>
        <source>The settings were not saved: the file %1 could not be read and is kept as it is.</source>
        <translation>設定は保存されませんでした。ファイル %1 を読み込めなかったため、そのまま残しています。</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>設定を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>An account with this identifier exists already.</source>
        <translation>この識別子のアカウントは既に存在します。</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>そのようなアカウントはありません。</translation>
    </message>
    <message>
        <source>The damaged settings file could not be moved aside.</source>
        <translation>壊れた設定ファイルを退避できませんでした。</translation>
    </message>
</context>
<context>
    <name>Notifier::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n more new message(s)</source>
        <translation>
            <numerusform>ほかに新着メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新着メッセージ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>新着メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>メッセージを表示</translation>
    </message>
</context>
<context>
    <name>Notifier::FolderWatcher</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>サーバーが応答しなくなりました。</translation>
    </message>
</context>
<context>
    <name>Notifier::MailMonitor</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>このアカウントのパスワードは保存されていません。</translation>
    </message>
    <message>
        <source>The stored sign-in of this account is unreadable. Sign in again in the account settings.</source>
        <translation>このアカウントの保存済みサインイン情報を読み取れません。アカウント設定でもう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>Notifier::MessageListModel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>Notifier::NewMailTracker</name>
    <message>
        <source>The new-mail state %1 cannot be read.</source>
        <translation>新着メールの状態 %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The new-mail state %1 is implausibly large; it is ignored.</source>
        <translation>新着メールの状態 %1 が不自然に大きいため、無視します。</translation>
    </message>
    <message>
        <source>The new-mail state %1 is damaged; folders will be baselined again (nothing old is announced).</source>
        <translation>新着メールの状態 %1 が壊れています。フォルダーの基準を取り直します（古いメールは通知しません）。</translation>
    </message>
    <message>
        <source>The new-mail state could not be written to %1.</source>
        <translation>新着メールの状態を %1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthSignIn</name>
    <message>
        <source>The sign-in for %1 is not configured (no client id).</source>
        <translation>%1 のサインインが設定されていません (クライアント ID がありません)。</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in redirect.</source>
        <translation>サインインのリダイレクト用にローカルポートを開けませんでした。</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Lettertray.</source>
        <translation>サインインしました。このページを閉じて Lettertray に戻ってください。</translation>
    </message>
    <message>
        <source>No refresh token: please sign in again.</source>
        <translation>リフレッシュトークンがありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 がサインインを拒否しました: %2%3</translation>
    </message>
    <message>
        <source>The sign-in redirect did not belong to this sign-in (state mismatch); it was refused. Please try again.</source>
        <translation>サインインのリダイレクトがこのサインインのものではなかったため (state の不一致)、拒否しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 redirected back without an authorization code.</source>
        <translation>%1 から認可コードなしでリダイレクトされました。</translation>
    </message>
    <message>
        <source>%1 refused the token request: %2%3</source>
        <translation>%1 がトークン要求を拒否しました: %2%3</translation>
    </message>
    <message>
        <source>%1 answered the token request without an access token.</source>
        <translation>%1 がアクセストークンなしでトークン要求に応答しました。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Notifier::OAuthTokenRefresher</name>
    <message>
        <source>No keychain configured: the sign-in is kept only until exit.</source>
        <translation>キーチェーンが設定されていません。サインイン情報は終了するまでしか保持されません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Start Lettertray when I log in</source>
        <translation>ログイン時に Lettertray を起動する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>トレイ アイコン(&amp;T):</translation>
    </message>
    <message>
        <source>Light, for dark panels</source>
        <translation>明るい色（暗いパネル用）</translation>
    </message>
    <message>
        <source>Dark, for light panels</source>
        <translation>暗い色（明るいパネル用）</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>確認の間隔(&amp;C):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>For servers without IMAP IDLE; others report new mail at once.</source>
        <translation>IMAP IDLE に対応していないサーバー用です。対応サーバーは新着メールをすぐに知らせます。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Notify with:</source>
        <translation>通知の方法(&amp;N):</translation>
    </message>
    <message>
        <source>One notification per message</source>
        <translation>メッセージごとに 1 件の通知</translation>
    </message>
    <message>
        <source>One summary for all new messages</source>
        <translation>すべての新着メッセージをまとめて 1 件</translation>
    </message>
    <message>
        <source>Show the &amp;beginning of the message</source>
        <translation>メッセージの冒頭を表示する(&amp;B)</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>サウンドを鳴らす(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no notifications</source>
        <translation>おやすみ時間: 通知しない(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>終了(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Always notify for:</source>
        <translation>常に通知する差出人(&amp;A):</translation>
    </message>
    <message>
        <source>boss@example.org, @family.example</source>
        <translation>boss@example.org, @family.example</translation>
    </message>
    <message>
        <source>Senders whose mail is announced even in quiet hours, separated by commas. &quot;@domain&quot; means everyone at that domain.</source>
        <translation>おやすみ時間中でも通知する差出人をカンマで区切って指定します。「@ドメイン」はそのドメインの全員を表します。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Welcome to Lettertray</source>
        <translation>Lettertray へようこそ</translation>
    </message>
    <message>
        <source>Lettertray lives in the system tray and tells you about new mail as soon as it arrives. Add the mail account it should watch; your password is kept in the system keychain.</source>
        <translation>Lettertray はシステムトレイに常駐し、新着メールが届くとすぐにお知らせします。監視するメールアカウントを追加してください。パスワードはシステムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>後で(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
</context>
</TS>
