package com.marketplace.aftersales.gateway.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code If-Match} header (RFC 9110 §13.1.1): {@code *}, or a list of entity tags. Matching is strong comparison,
 * as the RFC requires for {@code If-Match}: a weak tag ({@code W/"7"}) never matches.
 */
record EntityTagCondition(boolean any, List<String> strongTags) {

    /** Parses the header's values; throws {@link IllegalArgumentException} for anything that is not a tag list. */
    static EntityTagCondition parse(List<String> values) {
        String header = String.join(",", values);
        List<String> strong = new ArrayList<>();
        boolean any = false;
        boolean sawTag = false;
        int i = 0;
        while (i < header.length()) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (c == '*') {
                any = true;
                sawTag = true;
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= header.length() || header.charAt(open) != '"') {
                throw new IllegalArgumentException("must be * or a list of quoted entity tags, e.g. \"7\"");
            }
            int close = header.indexOf('"', open + 1);
            if (close < 0) {
                throw new IllegalArgumentException("has an entity tag without its closing quote");
            }
            if (!weak) {
                strong.add(header.substring(open, close + 1));
            }
            sawTag = true;
            i = close + 1;
        }
        if (!sawTag) {
            throw new IllegalArgumentException("is empty");
        }
        if (any && (!strong.isEmpty() || header.strip().length() > 1)) {
            throw new IllegalArgumentException("* cannot be combined with entity tags");
        }
        return new EntityTagCondition(any, List.copyOf(strong));
    }

    /** Whether the case's current ETag satisfies the condition ({@code current} null: the case has none). */
    boolean matches(String current) {
        if (any) {
            return true;
        }
        return current != null && !current.startsWith("W/") && strongTags.contains(current);
    }

    /** The one tag to send as {@code If-None-Match}, so an unchanged case costs case-view no body; else null. */
    String onlyTag() {
        return !any && strongTags.size() == 1 ? strongTags.get(0) : null;
    }
}
