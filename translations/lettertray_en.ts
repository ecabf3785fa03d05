<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
