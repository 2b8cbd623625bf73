package com.marketplace.aftersales.diagnosis.classification;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds keywords in free text written by customers in English or Chinese.
 * <p>
 * Text and keywords are normalised the same way (NFKC, so full-width letters typed on a Chinese keyboard read as
 * ASCII; lower case; curly apostrophes straightened; runs of spaces collapsed). A keyword that starts with a Latin
 * letter or digit must start a word ({@code "size"} matches "size" and "sizes", not "oversized"; {@code "complain"}
 * matches "complaint"). Chinese has no spaces between words, so other keywords match anywhere.
 */
final class KeywordMatcher {

    private final List<Keyword> keywords;

    KeywordMatcher(List<String> words) {
        this.keywords = words.stream()
                .filter(word -> word != null && !word.isBlank())
                .map(Keyword::of)
                .toList();
    }

    /** The keywords found in {@code text}, as configured, in configuration order. */
    List<String> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalised = normalise(text);
        return keywords.stream()
                .filter(keyword -> keyword.pattern().matcher(normalised).find())
                .map(Keyword::configured)
                .toList();
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private record Keyword(String configured, Pattern pattern) {

        static Keyword of(String configured) {
            String normalised = normalise(configured);
            boolean latinStart = Character.UnicodeScript.of(normalised.codePointAt(0)) == Character.UnicodeScript.LATIN
                    || Character.isDigit(normalised.codePointAt(0));
            String quoted = Pattern.quote(normalised);
            return new Keyword(configured, Pattern.compile(latinStart ? "(?<![\\p{IsLatin}\\p{Nd}])" + quoted : quoted));
        }
    }
}
