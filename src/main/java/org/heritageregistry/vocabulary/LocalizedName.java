package org.heritageregistry.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alternate name in a language or script, e.g. Arabic تدمر or the transliteration Tadmur. */
@Embeddable
@Schema(name = "LocalizedName", description = "A name in one language or script.")
public class LocalizedName {

    @Column(name = "name")
    @NotBlank
    @Size(max = 200)
    @Schema(examples = "تدمر", maxLength = 200, required = true)
    public String name;

    @Column(name = "lang")
    @NotBlank
    @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as ar or ar-Latn")
    @Size(max = 35)
    @Schema(description = "BCP 47 language tag.", examples = "ar", maxLength = 35, required = true)
    public String lang;

    public LocalizedName() {
    }

    public LocalizedName(String name, String lang) {
        this.name = name;
        this.lang = lang;
    }
}
