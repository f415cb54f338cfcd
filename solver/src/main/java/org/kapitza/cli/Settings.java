package org.kapitza.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.kapitza.InputException;

/**
 * Kapitza's own settings, layered with Apache Commons Configuration: the first layer that has a key
 * wins. From highest priority: Java system properties {@code kapitza.<key>}, environment variables
 * {@code KAPITZA_<KEY>} (dots written as underscores), the user settings file ({@code $KAPITZA_SETTINGS},
 * else {@code ~/.config/kapitza/settings.properties} when it exists), the built-in defaults.
 *
 * <p>Case files are never read through this class: its typed list getters drop repeated values.
 */
public final class Settings {
    private final CompositeConfiguration config = new CompositeConfiguration();
    private final List<String> sources = new ArrayList<>();
    private final List<Configuration> layers = new ArrayList<>();

    private Settings() {
    }

    /** Settings from this process's system properties and environment. */
    public static Settings load() {
        return load(System.getProperties(), System.getenv());
    }

    /** Settings from the given system properties and environment (for tests). */
    public static Settings load(Properties system, Map<String, String> env) {
        Settings s = new Settings();
        Map<String, Object> sys = new HashMap<>();
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith("kapitza.")) sys.put(name.substring("kapitza.".length()), system.getProperty(name));
        }
        s.add(new MapConfiguration(sys), "system properties");
        Map<String, Object> environment = new HashMap<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("KAPITZA_") && !k.equals("KAPITZA_SETTINGS") && !k.equals("KAPITZA_JAVA_OPTS")) {
                environment.put(k.substring("KAPITZA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue());
            }
        }
        s.add(new MapConfiguration(environment), "environment");
        Path user = env.containsKey("KAPITZA_SETTINGS") ? Path.of(env.get("KAPITZA_SETTINGS"))
                : Path.of(system.getProperty("user.home", "."), ".config", "kapitza", "settings.properties");
        if (env.containsKey("KAPITZA_SETTINGS") || Files.isRegularFile(user)) {
            if (!Files.isRegularFile(user)) {
                throw new InputException("settings file " + user + " (from KAPITZA_SETTINGS) does not exist");
            }
            // Read directly, not through Configurations' file builders: those need commons-beanutils,
            // which is not on the class path.
            PropertiesConfiguration file = new PropertiesConfiguration();
            try (java.io.Reader in = Files.newBufferedReader(user, java.nio.charset.StandardCharsets.UTF_8)) {
                file.read(in);
            } catch (IOException | ConfigurationException e) {
                throw new InputException("settings file " + user + " cannot be read: " + e.getMessage());
            }
            s.add(file, user.toString());
        }
        PropertiesConfiguration defaults = new PropertiesConfiguration();
        try (InputStream in = Settings.class.getResourceAsStream("/kapitza-defaults.properties")) {
            defaults.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("built-in settings missing from the jar", e);
        }
        s.add(defaults, "built-in defaults");
        return s;
    }

    private void add(Configuration c, String name) {
        config.addConfiguration(c);
        layers.add(c);
        sources.add(name);
    }

    /** More threads than this many per processor are refused: each is a platform thread that spins. */
    static final int MAX_THREADS_PER_PROCESSOR = 4;

    /**
     * Worker threads for the solver kernels (≥ 1): the {@code threads} setting, a whole number from 0 to
     * {@value #MAX_THREADS_PER_PROCESSOR} per processor, where 0 means one per available processor.
     */
    public int threads() {
        String v = config.getString("threads").trim();
        int t;
        try {
            t = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            t = -1;
        }
        int most = MAX_THREADS_PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
        if (t < 0 || t > most) {
            throw new InputException("setting threads = '" + v + "' (" + origin("threads") + ") must be a whole number"
                    + " from 0 to " + most + ": the number of solver threads, 0 for one per processor (the kernels"
                    + " are memory-bound: more threads than processors only wait for each other)");
        }
        return t == 0 ? Runtime.getRuntime().availableProcessors() : t;
    }

    /** Checks every setting, so that a bad value is refused before any work, whichever command reads it. */
    public void validate() {
        threads();
        progress();
        writeVtk();
        compressVtk();
    }

    /** Which layer a key's value comes from, as the user would set it there. */
    String origin(String key) {
        for (int i = 0; i < layers.size(); i++) {
            if (!layers.get(i).containsKey(key)) continue;
            String name = sources.get(i);
            if (name.equals("system properties")) return "from the system property kapitza." + key;
            if (name.equals("environment")) {
                return "from the environment variable KAPITZA_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
            }
            if (name.equals("built-in defaults")) return "the built-in default";
            return "from the settings file " + name;
        }
        return "not set";
    }

    public boolean writeVtk() {
        return bool("output.vtk");
    }

    public boolean compressVtk() {
        return bool("output.compress");
    }

    /** auto, bar, log or off. */
    public String progress() {
        String p = config.getString("progress", "auto").trim().toLowerCase(Locale.ROOT);
        if (!List.of("auto", "bar", "log", "off").contains(p)) {
            throw new InputException("setting progress = '" + p + "' (" + origin("progress") + "): choose auto, bar, log or off");
        }
        return p;
    }

    /** Directories and files holding user material definitions. */
    public List<Path> materialPath() {
        List<Path> out = new ArrayList<>();
        for (String part : config.getString("materials.path", "").split(":")) {
            if (!part.isBlank()) out.add(Path.of(part.trim()));
        }
        return out;
    }

    /** Where each layer comes from, highest priority first, for `kapitza --version` and debugging. */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    private boolean bool(String key) {
        String v = config.getString(key).trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("1")) return true;
        if (v.equals("false") || v.equals("no") || v.equals("0")) return false;
        throw new InputException("setting " + key + " = '" + v + "' must be true or false");
    }
}
