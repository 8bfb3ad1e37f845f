package org.threadlens.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.LanguageCheck;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.annotate.corenlp.Profile;
import org.threadlens.pipeline.AnnotationSetup;
import org.threadlens.spi.Extensions;
import org.threadlens.spi.UnknownExtensionException;
import org.threadlens.text.MarkupStyle;
import picocli.CommandLine.Option;

/** The annotation options {@code annotate} and {@code spark} share: which engine, which layers, how texts are read. */
final class EngineOptions {
    @Option(names = "--engine", paramLabel = "NAME", defaultValue = CoreNlpProvider.NAME,
            description = "The annotation engine: corenlp (sentences, entities, sentiment), or opennlp (light: sentences, "
                    + "tokens, POS and lexicon/trained sentiment, no entities) (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--annotators", paramLabel = "LIST",
            description = "Layers to produce: sentences, entities, links (Wikipedia links of entities), sentiment, pos "
                    + "(parts of speech), lemmas, syntax (UD parts of speech, features and dependency tree, for CoNLL-U; "
                    + "corenlp only) (default: sentences,entities,links,sentiment with corenlp; "
                    + "sentences,pos,sentiment with opennlp).")
    String annotators;

    @Option(names = "--non-english", paramLabel = "MODE", defaultValue = "skip",
            description = "Comments detected as not English: skip (flag their language, do not annotate), flag "
                    + "(flag and annotate), or off (no language check) (default: ${DEFAULT-VALUE}).")
    String nonEnglish;

    @Option(names = "--markup", paramLabel = "STYLE", defaultValue = "auto",
            description = "How bodies are written: reddit (markdown), html (Hacker News), plain, or auto: by platform "
                    + "(default: ${DEFAULT-VALUE}).")
    String markup;

    @Option(names = "--no-caseless", description = "Do not route all-lowercase or all-caps texts to CoreNLP's caseless models.")
    boolean noCaseless;

    @Option(names = {"--no-encoder", "--no-minilm"}, description = "Leave out the sentence-encoder (bge) second opinion on "
            + "comment sentiment: faster, a point or two lower in macro-F1 (docs/sentiment.md).")
    boolean noEncoder;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "fast",
            description = "fast (default): no parser, no tagger, named entities only, sentence sentiment from VADER; "
                    + "balanced: as fast plus CoreNLP's sentence sentiment from the shift-reduce parser (about 3 times "
                    + "slower); accurate: CoreNLP's own defaults (about 80 times slower).")
    String profile;

    @Option(names = "--sutime", negatable = true,
            description = "Recognise and normalise time expressions anchored on each comment's day (default: on with "
                    + "--profile accurate, off with fast).")
    Boolean sutime;

    @Option(names = {"-P", "--property"}, paramLabel = "KEY=VALUE",
            description = "A CoreNLP property, overriding ThreadLens's default (e.g. -P parse.maxlen=60).")
    Map<String, String> properties = new LinkedHashMap<>();

    /** The setup the options describe, after checking them against the engine (no model is loaded). */
    AnnotationSetup setup() throws UserException, UnknownExtensionException {
        CommentAnnotatorProvider provider = Extensions.byName(CommentAnnotatorProvider.class, engine, "engine");
        return new AnnotationSetup(provider.name(), layers(provider), engineSettings(provider), markupStyle(), !noCaseless,
                nonEnglishAction(), !noEncoder);
    }

    /** The layers asked for, or by default the engine's default ones; a layer the engine lacks is bad usage. */
    private Set<Layer> layers(CommentAnnotatorProvider provider) throws UserException {
        if (annotators == null) {
            return provider.defaultLayers();
        }
        Set<Layer> layers;
        try {
            layers = Layer.parseList(annotators);
        } catch (IllegalArgumentException e) {
            throw new UserException("--annotators: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
        for (Layer l : layers) {
            if (!provider.supportedLayers().contains(l)) {
                throw new UserException("--annotators: the " + provider.name() + " engine cannot produce " + l.wireName()
                        + "; it produces " + Layer.toList(provider.supportedLayers()), ExitCodes.BAD_INPUT);
            }
        }
        return layers;
    }

    /** The engine's settings from the options; CoreNLP properties (-P) are for the corenlp engine only. */
    private Map<String, String> engineSettings(CommentAnnotatorProvider provider) throws UserException {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!CoreNlpProvider.NAME.equals(provider.name())) {
            if (!properties.isEmpty()) {
                throw new UserException("-P sets CoreNLP properties; the " + provider.name() + " engine takes none",
                        ExitCodes.BAD_INPUT);
            }
            return settings;
        }
        settings.putAll(properties);
        settings.put(CoreNlpProvider.PROFILE_SETTING, parsedProfile().wireName());
        if (sutime != null) {
            settings.putIfAbsent("ner.useSUTime", sutime.toString());
        }
        if (noCaseless) {
            settings.put(CoreNlpProvider.CASELESS_SETTING, "false");
        }
        return settings;
    }

    /** The action of --non-english, or null for off. */
    private LanguageCheck.Action nonEnglishAction() throws UserException {
        return switch (nonEnglish) {
            case "off" -> null;
            case "skip" -> LanguageCheck.Action.SKIP;
            case "flag" -> LanguageCheck.Action.FLAG;
            default -> throw new UserException("--non-english: unknown mode '" + nonEnglish + "': known are "
                    + LanguageCheck.knownModes(), ExitCodes.BAD_INPUT);
        };
    }

    private Profile parsedProfile() throws UserException {
        try {
            return Profile.fromWireName(profile);
        } catch (IllegalArgumentException e) {
            throw new UserException("--profile: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    /** The forced markup style, or null for auto (by platform). */
    private MarkupStyle markupStyle() throws UserException {
        if ("auto".equals(markup)) {
            return null;
        }
        try {
            return MarkupStyle.fromWireName(markup);
        } catch (IllegalArgumentException e) {
            throw new UserException("--markup: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }
}
