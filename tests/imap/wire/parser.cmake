# Parser tests: data-driven rows (RFC examples, server quirks), real server samples from
# tests/data, limits and errors. Every sample is also parsed at every split point.
lettertray_add_test(tst_responseparser
    SOURCES tst_responseparser.cpp ParserTestSupport.h
    LIBRARIES Lettertray::Imap
    TIMEOUT 300)
target_compile_definitions(tst_responseparser PRIVATE
    LETTERTRAY_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
