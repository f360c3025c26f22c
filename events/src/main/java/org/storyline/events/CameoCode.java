package org.storyline.events;

import static java.util.Objects.requireNonNull;

import org.storyline.model.PloverType;

/**
 * One CAMEO event code: its two-digit root ("11"), three-digit code ("112") or four-digit subcode ("1121").
 *
 * @param code      the code's digits, leading zero kept ("0211")
 * @param name      the code's name in the CAMEO table ("Accuse, not specified below")
 * @param goldstein the Goldstein scale value, -10 (most conflictual) to +10 (most cooperative)
 * @param quadClass the GDELT quad class of the code's root
 * @param plover    the PLOVER 2.0 type the code maps to
 */
public record CameoCode(String code, String name, double goldstein, QuadClass quadClass, PloverType plover) {
    public CameoCode {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(quadClass, "quadClass is null");
        requireNonNull(plover, "plover is null");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("a CAMEO code has 2 to 4 digits, not \"" + code + "\"");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein value of " + code + " outside -10..10: " + goldstein);
        }
    }

    /** The two-digit root of the code ("11" for "1121"). */
    public String root() {
        return code.substring(0, 2);
    }

    /** The code one level up ("112" for "1121", "11" for "112"), or the code itself for a root. */
    public String parent() {
        return code.length() == 2 ? code : code.substring(0, code.length() - 1);
    }
}
