package org.heritageregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.heritageregistry.vocabulary.Edtf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The EDTF subset the registry accepts, and the bounds it derives. */
class EdtfTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2015-08-23, 2015-08-23, 2015-08-23",
            "2015-08, 2015-08-01, 2015-08-31",
            "2016-02, 2016-02-01, 2016-02-29",
            "2015, 2015-01-01, 2015-12-31",
            "2015-07-24~, 2015-07-17, 2015-07-31",
            "2015-08~, 2015-07-01, 2015-09-30",
            "2015~, 2014-01-01, 2016-12-31",
            "2015-08-23?, 2015-08-23, 2015-08-23",
            "2015-08-23%, 2015-08-16, 2015-08-30",
            "2015-07-23/2015-08-23, 2015-07-23, 2015-08-23",
            "2015-05/2015-10-27, 2015-05-01, 2015-10-27",
            "../2015-09-02, -, 2015-09-02",
            "2015-05-21/.., 2015-05-21, -",
            "2015-05-21/, 2015-05-21, -",
            "0001~, 0001-01-01, 0002-12-31" })
    void derivesBounds(String edtf, String earliest, String latest) {
        Edtf.Bounds bounds = Edtf.parse(edtf);
        if (earliest == null) {
            assertNull(bounds.earliest());
        } else {
            assertEquals(LocalDate.parse(earliest), bounds.earliest());
        }
        if (latest == null) {
            assertNull(bounds.latest());
        } else {
            assertEquals(LocalDate.parse(latest), bounds.latest());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "23 August 2015", "2015-8-23", "2015-13", "2015-02-30", "2015-08-23~~", "../..", "/",
            "2015-08-23/2015-08-01", "2015-08-23//", "0000", "15-08-23", "2015-08-23T10:00", "2015-08-23/2015-08-24/2015-08-25" })
    void refusesWhatItCannotStore(String edtf) {
        assertFalse(Edtf.isValid(edtf), edtf);
    }
}
