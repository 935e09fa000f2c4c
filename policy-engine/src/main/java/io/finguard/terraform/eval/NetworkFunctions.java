package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Str;

/**
 * {@code cidrsubnet}, {@code cidrhost} and {@code cidrnetmask} for IPv4. Addresses are parsed by hand: no name is
 * ever resolved. IPv6 prefixes evaluate to unknown (not implemented, so not the user's error).
 */
final class NetworkFunctions {

    private static final Value UNKNOWN = new Value.Unknown("");

    private NetworkFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("cidrsubnet", 3, a -> {
            Cidr cidr = Cidr.parse(a.str(0));
            if (cidr == null) {
                return UNKNOWN;
            }
            int newBits = a.integer(1);
            long netNum = Conversions.toLong(a.raw(2));
            int length = cidr.length + newBits;
            if (newBits < 0 || length > 32) {
                throw new EvalError("insufficient address space to extend prefix of " + cidr.length + " by "
                        + newBits);
            }
            if (netNum < 0 || netNum >= (1L << newBits)) {
                throw new EvalError("prefix extension of " + newBits + " does not accommodate a subnet numbered "
                        + netNum);
            }
            long address = cidr.network() | (netNum << (32 - length));
            return new Str(Cidr.format(address) + "/" + length);
        });
        t.add("cidrhost", 2, a -> {
            Cidr cidr = Cidr.parse(a.str(0));
            if (cidr == null) {
                return UNKNOWN;
            }
            long hostNum = Conversions.toLong(a.raw(1));
            long size = 1L << (32 - cidr.length);
            // a negative host number counts back from the end of the range, as in Terraform
            long host = hostNum < 0 ? size + hostNum : hostNum;
            if (host < 0 || host >= size) {
                throw new EvalError("prefix of " + cidr.length + " does not accommodate a host numbered " + hostNum);
            }
            return new Str(Cidr.format(cidr.network() | host));
        });
        t.add("cidrnetmask", 1, a -> {
            Cidr cidr = Cidr.parse(a.str(0));
            return cidr == null ? UNKNOWN : new Str(Cidr.format(cidr.mask()));
        });
    }

    /** An IPv4 prefix; {@link #parse} returns null for IPv6, which is out of scope. */
    private record Cidr(long address, int length) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new EvalError("invalid CIDR address \"" + text + "\": no prefix length");
            }
            String ip = text.substring(0, slash);
            if (ip.contains(":")) {
                return null;
            }
            String[] octets = ip.split("\\.", -1);
            int length = parseNumber(text.substring(slash + 1), 32, text);
            if (octets.length != 4) {
                throw new EvalError("invalid CIDR address \"" + text + "\"");
            }
            long address = 0;
            for (String octet : octets) {
                address = (address << 8) | parseNumber(octet, 255, text);
            }
            return new Cidr(address, length);
        }

        private static int parseNumber(String s, int max, String text) {
            if (s.isEmpty() || s.length() > 3 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (s.length() > 1 && s.charAt(0) == '0')) {
                throw new EvalError("invalid CIDR address \"" + text + "\"");
            }
            int n = Integer.parseInt(s);
            if (n > max) {
                throw new EvalError("invalid CIDR address \"" + text + "\"");
            }
            return n;
        }

        long mask() {
            return length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
        }

        long network() {
            return address & mask();
        }

        static String format(long address) {
            return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "."
                    + (address & 0xFF);
        }
    }
}
