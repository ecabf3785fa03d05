# Tests of the command encoder and its value types (src/imap/wire/Encoder.cmake).
lettertray_add_test(wire_commandencoder SOURCES tst_commandencoder.cpp LIBRARIES Lettertray::Imap)
lettertray_add_test(wire_mailboxname SOURCES tst_mailboxname.cpp LIBRARIES Lettertray::Imap)
lettertray_add_test(wire_sequenceset SOURCES tst_sequenceset.cpp LIBRARIES Lettertray::Imap)
lettertray_add_test(wire_imapdatetime SOURCES tst_imapdatetime.cpp LIBRARIES Lettertray::Imap)
lettertray_add_test(wire_searchkey SOURCES tst_searchkey.cpp LIBRARIES Lettertray::Imap)
# The encoder against the real Dovecot of the session harness (skips without it).
if(TARGET LettertrayTestSupport)
    lettertray_add_test(dovecot_encoder SOURCES tst_dovecot_encoder.cpp
                        LIBRARIES Lettertray::Imap LettertrayTestSupport LABELS dovecot)
endif()
