<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>App::ConnectionTest</name>
        <message numerus="yes">
            <source>Connected and signed in; %n folder(s) found.</source>
            <translation>
                <numerusform>Connected and signed in; %n folder found.</numerusform>
                <numerusform>Connected and signed in; %n folders found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>App::MessageFilterProxy</name>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>App::MessageListWindow</name>
        <message numerus="yes">
            <source>New Mail (%n)</source>
            <translation>
                <numerusform>New Mail (%n)</numerusform>
                <numerusform>New Mail (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>App::TrayController</name>
        <message numerus="yes">
            <source>%1 — %n new</source>
            <translation>
                <numerusform>%1 — %n new</numerusform>
                <numerusform>%1 — %n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n new message</numerusform>
                <numerusform>%n new messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n new</source>
            <translation>
                <numerusform>%1: %n new</numerusform>
                <numerusform>%1: %n new</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Notifier::DesktopNotifier</name>
        <message numerus="yes">
            <source>%n more new message(s)</source>
            <translation>
                <numerusform>%n more new message</numerusform>
                <numerusform>%n more new messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n new message</numerusform>
                <numerusform>%n new messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>
