package org.storyline.events;

/**
 * The four quad classes into which GDELT sorts CAMEO's twenty root codes: verbal or material, cooperation or conflict.
 */
public enum QuadClass {
    /** Roots 01–05: statements, appeals, intents to cooperate, consultations, diplomatic cooperation. */
    VERBAL_COOPERATION(1),
    /** Roots 06–08: material cooperation, aid, yielding. */
    MATERIAL_COOPERATION(2),
    /** Roots 09–14: investigations, demands, disapproval, rejections, threats, protests. */
    VERBAL_CONFLICT(3),
    /** Roots 15–20: force posture, reduced relations, coercion, assault, fighting, mass violence. */
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** GDELT's number for the class, 1 to 4. */
    public int number() {
        return number;
    }

    /** The class with GDELT's number {@code number} (1 to 4). */
    public static QuadClass of(int number) {
        for (QuadClass q : values()) {
            if (q.number == number) {
                return q;
            }
        }
        throw new IllegalArgumentException("quad class must be 1 to 4, not " + number);
    }

    /** The class of a CAMEO root code, 1 to 20. */
    public static QuadClass ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root codes run from 01 to 20, not " + root);
        }
        return root <= 5 ? VERBAL_COOPERATION : root <= 8 ? MATERIAL_COOPERATION
                : root <= 14 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
    }
}
