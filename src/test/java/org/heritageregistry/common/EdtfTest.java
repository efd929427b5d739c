package org.heritageregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.heritageregistry.vocabulary.Edtf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EDTF the registry reads (levels 0 and 1, and the level 2 sets and X digits), the day bounds
 * it derives, and the messages that name what is wrong. Tables: input | earliest | latest (- for an
 * open bound), and input | a fragment of the refusal's message.
 */
class EdtfTest {

    @ParameterizedTest(name = "{0} -> {1} .. {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
            // level 0: day, month, year
            "2015-08-23 | 2015-08-23 | 2015-08-23",
            "2015-08 | 2015-08-01 | 2015-08-31",
            "2016-02 | 2016-02-01 | 2016-02-29",
            "2015 | 2015-01-01 | 2015-12-31",
            // level 0: date and time, the day as written kept
            "2015-08-23T10:15:00Z | 2015-08-23 | 2015-08-23",
            "2015-08-23T23:30:00-05:00 | 2015-08-23 | 2015-08-23",
            "2015-08-23T10:15:00 | 2015-08-23 | 2015-08-23",
            "2015-08-23T10:15:00+03 | 2015-08-23 | 2015-08-23",
            "2015-08-23T00:00:00+14:00 | 2015-08-23 | 2015-08-23",
            // level 0: intervals
            "2015-07-23/2015-08-23 | 2015-07-23 | 2015-08-23",
            "2015-05/2015-10-27 | 2015-05-01 | 2015-10-27",
            "2015-08-23/2015-08-23 | 2015-08-23 | 2015-08-23",
            // level 1: qualifiers on the whole date; approximate widens by one unit, uncertain does not
            "2015-07-24~ | 2015-07-17 | 2015-07-31",
            "2015-08~ | 2015-07-01 | 2015-09-30",
            "2015~ | 2014-01-01 | 2016-12-31",
            "2015-08-23? | 2015-08-23 | 2015-08-23",
            "2015-08? | 2015-08-01 | 2015-08-31",
            "2015? | 2015-01-01 | 2015-12-31",
            "2015-08-23% | 2015-08-16 | 2015-08-30",
            "2015-08% | 2015-07-01 | 2015-09-30",
            "2015-12~ | 2015-11-01 | 2016-01-31",
            "0001~ | 0001-01-01 | 0002-12-31",
            "0001-01~ | 0001-01-01 | 0001-02-28",
            "0001-01-03~ | 0001-01-01 | 0001-01-10",
            // level 1: seasons, northern hemisphere
            "2015-21 | 2015-03-01 | 2015-05-31",
            "2015-22 | 2015-06-01 | 2015-08-31",
            "2015-23 | 2015-09-01 | 2015-11-30",
            "2015-24 | 2015-12-01 | 2016-02-29",
            "2016-24 | 2016-12-01 | 2017-02-28",
            "2015-24? | 2015-12-01 | 2016-02-29",
            "2015-21~ | 2014-12-01 | 2015-08-31",
            "201X-21 | 2010-03-01 | 2019-05-31",
            // level 1 (and level 2 for X inside a part): unspecified digits, month lengths respected
            "201X | 2010-01-01 | 2019-12-31",
            "20XX | 2000-01-01 | 2099-12-31",
            "2016-XX | 2016-01-01 | 2016-12-31",
            "2016-12-XX | 2016-12-01 | 2016-12-31",
            "2016-XX-XX | 2016-01-01 | 2016-12-31",
            "2016-12-2X | 2016-12-20 | 2016-12-29",
            "2016-02-XX | 2016-02-01 | 2016-02-29",
            "2015-02-XX | 2015-02-01 | 2015-02-28",
            "2015-02-2X | 2015-02-20 | 2015-02-28",
            "1XXX-12 | 1000-12-01 | 1999-12-31",
            "2016-1X | 2016-10-01 | 2016-12-31",
            "2016-X2-XX | 2016-02-01 | 2016-12-31",
            "2016-XX-31 | 2016-01-31 | 2016-12-31",
            "2016-0X-3X | 2016-01-30 | 2016-09-30",
            "156X-12-25 | 1560-12-25 | 1569-12-25",
            "XXXX-02-29 | 0004-02-29 | 9996-02-29",
            "0XXX | 0001-01-01 | 0999-12-31",
            "XXXX | 0001-01-01 | 9999-12-31",
            "201X~ | 2009-01-01 | 2020-12-31",
            "2016-12-2X~ | 2016-12-13 | 2017-01-05",
            "201X? | 2010-01-01 | 2019-12-31",
            // level 1: open (..) and unknown (empty) ends
            "../2015-09-02 | - | 2015-09-02",
            "2015-05-21/.. | 2015-05-21 | -",
            "2015-05-21/ | 2015-05-21 | -",
            "/2016 | - | 2016-12-31",
            "2015/ | 2015-01-01 | -",
            "../2015-21 | - | 2015-05-31",
            // level 1: qualified, unspecified and seasonal ends
            "2015-08~/2015-09-04 | 2015-07-01 | 2015-09-04",
            "2015~/2016~ | 2014-01-01 | 2017-12-31",
            "2015-21/2015-23 | 2015-03-01 | 2015-11-30",
            "201X/2016-12-2X | 2010-01-01 | 2016-12-29",
            "2015-08-2X/2015-08-21 | 2015-08-20 | 2015-08-21",
            // level 2 sets: one of [...], all of {...}; from the earliest day of any member to the latest
            "[..2017-01-20] | - | 2017-01-20",
            "[2015-08-23, 2015-08-30] | 2015-08-23 | 2015-08-30",
            "{2015, 2016} | 2015-01-01 | 2016-12-31",
            "[2015-08-23..2015-08-30] | 2015-08-23 | 2015-08-30",
            "[1667, 1668, 1670..1672] | 1667-01-01 | 1672-12-31",
            "[2015-08..] | 2015-08-01 | -",
            "[..2015, 2017..] | - | -",
            "{2015-08-23,2015-05} | 2015-05-01 | 2015-08-23",
            "[2015-08-23~, 2015-09] | 2015-08-16 | 2015-09-30",
            "{2016-12-2X} | 2016-12-20 | 2016-12-29",
            // the Palmyra data's event dates and publication dates keep their bounds
            "../2015-05-20 | - | 2015-05-20",
            "../2015-05-21 | - | 2015-05-21",
            "../2015-08-31 | - | 2015-08-31",
            "2015-05 | 2015-05-01 | 2015-05-31",
            "2015-07 | 2015-07-01 | 2015-07-31",
            "2015-05-21/2015-06-29 | 2015-05-21 | 2015-06-29",
            "2015-05-21/2015-08-31 | 2015-05-21 | 2015-08-31",
            "2015-05-21/2015-09-04 | 2015-05-21 | 2015-09-04",
            "2015-05-21/2015-10-27 | 2015-05-21 | 2015-10-27",
            "2015-05-22/2016-03-27 | 2015-05-22 | 2016-03-27",
            "2015-08-23/2015-09-04 | 2015-08-23 | 2015-09-04",
            "2015-08-27/2015-08-31 | 2015-08-27 | 2015-08-31",
            "2015-08-30/2015-09-04 | 2015-08-30 | 2015-09-04",
            "2016-12-11/2017-01-20 | 2016-12-11 | 2017-01-20",
            "2016-12-26/2017-01-10 | 2016-12-26 | 2017-01-10",
            "2015-06-20~ | 2015-06-13 | 2015-06-27",
            "2015-08-30~ | 2015-08-23 | 2015-09-06",
            "2015-10-04 | 2015-10-04 | 2015-10-04",
            "2015-10-25 | 2015-10-25 | 2015-10-25",
            "2015-10-25~ | 2015-10-18 | 2015-11-01",
            "2015-05-20~ | 2015-05-13 | 2015-05-27",
            "2015-05-21~ | 2015-05-14 | 2015-05-28",
            "2015-06-23~ | 2015-06-16 | 2015-06-30",
            "2015-06-29 | 2015-06-29 | 2015-06-29",
            "2015-08-24~ | 2015-08-17 | 2015-08-31",
            "2015-08-27~ | 2015-08-20 | 2015-09-03",
            "2015-08-31 | 2015-08-31 | 2015-08-31",
            "2015-08-31~ | 2015-08-24 | 2015-09-07",
            "2015-09-04~ | 2015-08-28 | 2015-09-11",
            "2015-10-05~ | 2015-09-28 | 2015-10-12",
            "2015-10-27~ | 2015-10-20 | 2015-11-03",
            "2016-03-27~ | 2016-03-20 | 2016-04-03",
            "2016-03-29~ | 2016-03-22 | 2016-04-05",
            "2017-01-20 | 2017-01-20 | 2017-01-20",
            "2017-01-20~ | 2017-01-13 | 2017-01-27",
            "2017-03-05 | 2017-03-05 | 2017-03-05" })
    void derivesBounds(String edtf, String earliest, String latest) {
        Edtf.Bounds bounds = Edtf.parse(edtf);
        if (earliest == null) {
            assertNull(bounds.earliest(), edtf);
        } else {
            assertEquals(LocalDate.parse(earliest), bounds.earliest(), edtf);
        }
        if (latest == null) {
            assertNull(bounds.latest(), edtf);
        } else {
            assertEquals(LocalDate.parse(latest), bounds.latest(), edtf);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\" | is empty",
            "\" \" | is blank",
            "\" 2015-08-23\" | starts or ends with a space",
            "2015 08 | has a space",
            "23 August 2015 | character 'A' at position 4 of '23 August 2015' is not part of an EDTF date",
            "201x | an unspecified digit is a capital X",
            "٢٠١٥-٠٨-٢٣ | character '٢' at position 1",
            "2015-08-23' OR '1'='1 | at position 11",
            "2015-8-23 | month 8 in '2015-8-23' must have two digits",
            "2015-08-3 | day 3 in '2015-08-3' must have two digits",
            "15-08-23 | year 15 in '15-08-23' must have four digits",
            "99999-01-01 | a longer year is written with Y",
            "+2015-08-23 | a year has no plus sign",
            "2015-13 | month 13 in '2015-13' is not a month",
            "2015-13-01 | month 13 in '2015-13-01' is not a month",
            "2015-00-10 | month 00 in '2015-00-10' is not a month",
            "2015-02-30 | '2015-02-30': February 2015 has 28 days",
            "2015-02-29 | '2015-02-29': February 2015 has 28 days",
            "2016-02-30 | February 2016 has 29 days",
            "2015-04-31 | '2015-04-31': April 2015 has 30 days",
            "2015-08-32 | day 32 in '2015-08-32' is not a day of any month",
            "2015-08-00 | day 00 in '2015-08-00' is not a day of any month",
            "2016-1X-40 | day 40 in '2016-1X-40' is not a day of any month",
            "2016-2X | month 2X in '2016-2X' matches no month",
            "2016-12-4X | day 4X in '2016-12-4X' matches no day of a month",
            "2015-02-3X | February 2015 has 28 days, none of which matches 3X",
            "1X01-02-29 | no year 1X01 is a leap year",
            "XXXX-02-30 | 'XXXX-02-30' matches no calendar date",
            "2015-08-23~~ | more than one qualifier",
            "2004?-06-11 | a qualifier (?, ~ or %) is read only at the end of the whole date",
            "?2004-06-11 | a qualifier (?, ~ or %) is read only at the end of the whole date",
            "0000 | year 0000 in '0000' is before AD 1",
            "0000-01-01 | year 0000 in '0000-01-01' is before AD 1",
            "-0500 | year -0500 in '-0500' is before AD 1",
            "-2015-08 | year -2015 in '-2015-08' is before AD 1",
            "Y170000002 | year 170000002 in 'Y170000002' is beyond what the registry can order",
            "Y-170000002 | year -170000002 in 'Y-170000002' is before AD 1",
            "Y2015 | Y is for years of more than four digits",
            "Y17E7 | 'Y17E7' is not a year written with Y",
            "2015-25 | season 25 in '2015-25' is not read",
            "2015-21-05 | season 21 has no days",
            "2015-08-23T10:00 | a date with a time is written YYYY-MM-DDThh:mm:ss",
            "2015-08-23T25:00:00Z | hour 25 in '2015-08-23T25:00:00Z' is not an hour",
            "2015-08-23T10:61:00 | minute 61",
            "2015-08-23T10:00:61 | second 61",
            "2015-08-23T10:00:00+15:00 | offset +15:00",
            "2015-08-23T10:00:00Z~ | a qualifier (?, ~ or %) is read on a date without a time of day",
            "2015-02-30T10:00:00Z | February 2015 has 28 days",
            "XXXX-12-25T10:00:00 | has no unspecified digits",
            "2015-08-23T10:00:00Z/2015-09 | a time of day is read only in a date on its own",
            "2015-08-23/2015-08-01 | the interval ends (2015-08-01) before it starts (2015-08-23)",
            "2015-09/2015-08 | the interval ends (2015-08) before it starts (2015-09)",
            "2015-13/2016 | month 13 in '2015-13' is not a month",
            "../.. | is an interval with no dated end",
            "/ | is an interval with no dated end",
            "../ | is an interval with no dated end",
            "2015-08-23// | has more than one '/'",
            "2015-08-23/2015-08-24/2015-08-25 | has more than one '/'",
            ".. | '..' alone is not a date",
            "2015-08-23..2015-08-30 | a range with '..' is written inside a set",
            "\"[2015, 2016\" | a set opened with [ ends with ]",
            "\"{2015, 2016\" | a set opened with { ends with }",
            "[] | is an empty set",
            "\"[2015,,2016]\" | has an empty member",
            "[2015-08-30..2015-08-23] | the range ends (2015-08-23) before it starts (2015-08-30)",
            "[..] | '..' alone is not a member of a set",
            "[2015..2016..2017] | has more than one '..'",
            "\"{2015, 2016-13}\" | month 13 in '2016-13' is not a month",
            "[2015/2016] | not intervals or other sets",
            "\"[2015, [2016]]\" | not intervals or other sets" })
    void namesWhatIsWrong(String edtf, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Edtf.parse(edtf), edtf);
        assertTrue(e.getMessage().contains(fragment), "'" + edtf + "': " + e.getMessage());
    }

    @Test
    void namesControlCharactersAndRefusesOverlongInput() {
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> Edtf.parse("2015-08-23\u0000"));
        assertTrue(nul.getMessage().contains("character U+0000 at position 11"), nul.getMessage());
        assertFalse(nul.getMessage().contains("\u0000"), "the message quotes the control character escaped");
        IllegalArgumentException overlong = assertThrows(IllegalArgumentException.class, () -> Edtf.parse("2015-08".repeat(20)));
        assertTrue(overlong.getMessage().contains("longer than the 64 characters"), overlong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Edtf.parse(null));
    }

    @Test
    void patternsThatMatchNoDayAreRefused() {
        // how fast is a benchmark's question, not a test's (a shared machine makes any time limit flaky):
        // here only that a set whose members match no real day is refused, whatever the years
        assertFalse(Edtf.isValid("[XXX1-02-29, XXXX-02-30, XXXX-X4-31]"));
        assertFalse(Edtf.isValid("XXXX-02-30"));
        assertTrue(Edtf.isValid("XXX2-02-29"), "a leap year exists among 0002, 0012, ... 9992");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "23 August 2015", "2015-8-23", "2015-13", "2015-02-30", "2015-08-23~~", "../..", "/",
            "2015-08-23/2015-08-01", "2015-08-23//", "0000", "15-08-23", "2015-08-23T10:00", "2015-08-23/2015-08-24/2015-08-25" })
    void refusesWhatItCannotStore(String edtf) {
        assertFalse(Edtf.isValid(edtf), edtf);
    }
}
