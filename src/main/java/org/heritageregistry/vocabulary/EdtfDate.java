package org.heritageregistry.vocabulary;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An EDTF expression as stated, stored with its bounds for sorting and range filters. The expression
 * is stored as sent: it alone keeps an open interval end ({@code ..}) apart from an unknown one (left
 * empty), as both leave their bound null ({@link Edtf}).
 */
@Embeddable
public class EdtfDate {

    @Column(name = "edtf")
    public String edtf;

    @Column(name = "earliest")
    public LocalDate earliest;

    @Column(name = "latest")
    public LocalDate latest;

    public static EdtfDate of(String edtf) {
        if (edtf == null) {
            return null;
        }
        Edtf.Bounds bounds = Edtf.parse(edtf);
        EdtfDate date = new EdtfDate();
        date.edtf = edtf;
        date.earliest = bounds.earliest();
        date.latest = bounds.latest();
        return date;
    }
}
