package com.marketplace.aftersales.gateway.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Reads an IP address written as a literal, as proxies put them in {@code X-Forwarded-For} ({@code 203.0.113.7},
 * {@code 203.0.113.7:51234}, {@code 2001:db8::1}, {@code [2001:db8::1]:443}). Never asks DNS: a header is written by
 * the client, and a name in it must not make the gateway look anything up.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** The address, or {@code null} when {@code text} is not an IP literal (a name, {@code unknown}, garbage). */
    static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.isEmpty() || value.length() > 64) {
            return null;
        }
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? null : ipv6(value.substring(1, end));
        }
        long colons = value.chars().filter(c -> c == ':').count();
        if (colons >= 2) {
            return ipv6(value);
        }
        return ipv4(colons == 1 ? value.substring(0, value.indexOf(':')) : value);
    }

    private static InetAddress ipv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            return null;
        }
    }

    private static InetAddress ipv6(String value) {
        // Only hex digits, colons and the dots of an embedded IPv4 part: no zone ids, nothing a resolver would take.
        if (value.isEmpty() || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            // In brackets the JDK parses it as an IPv6 literal or fails; it never falls back to a lookup.
            return InetAddress.getByName("[" + value + "]");
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
