package org.threadlens.hostile;

/**
 * A class whose initialisation is recorded in the system property {@link #PROPERTY}: its name is planted in
 * input data, and a run that initialises it has loaded a class named by its input.
 */
public final class Tripwire {
    public static final String PROPERTY = "threadlens.tripwire";

    static {
        System.setProperty(PROPERTY, "initialised");
    }

    private Tripwire() {
    }
}
