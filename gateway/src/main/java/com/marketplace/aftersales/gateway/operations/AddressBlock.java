package com.marketplace.aftersales.gateway.operations;

import java.net.InetAddress;

/** An address or a CIDR block ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}) of trusted proxies. */
record AddressBlock(byte[] network, int prefixLength) {

    static AddressBlock parse(String text) {
        String[] parts = text.strip().split("/", 2);
        InetAddress address = IpLiterals.parse(parts[0]);
        if (address == null) {
            throw new IllegalArgumentException("aftersales.gateway.trusted-proxies: '" + text
                    + "' is not an IP address or CIDR block");
        }
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("aftersales.gateway.trusted-proxies: '" + text
                        + "' has an invalid prefix length");
            }
        }
        return new AddressBlock(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
