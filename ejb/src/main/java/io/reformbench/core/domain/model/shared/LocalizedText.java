package io.reformbench.core.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A text kept in the workbench's languages, Chinese first because the roadmaps are written in it. */
@Embeddable
public class LocalizedText {

    @Column(name = "text_zh", length = 2000)
    private String zh;

    @Column(name = "text_en", length = 2000)
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String zh, String en) {
        this.zh = blankToNull(zh);
        this.en = blankToNull(en);
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The text in the given language, falling back to the other one so a row is never empty. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String preferred = english ? en : zh;
        return preferred != null ? preferred : (english ? zh : en);
    }

    public LocalizedText withZh(String newZh) {
        return new LocalizedText(newZh, en);
    }

    public LocalizedText withEn(String newEn) {
        return new LocalizedText(zh, newEn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(zh, that.zh) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh != null ? zh : String.valueOf(en);
    }
}
