package org.threadlens.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.ud.CoNLLUFeatures;
import edu.stanford.nlp.trees.ud.UniversalDependenciesFeatureAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.UniversalPos;

/**
 * The syntax layer of one CoreNLP sentence: the basic dependencies of CoreNLP's {@code depparse} (UD v2 relations
 * from its English UD model), CoreNLP's own UD features ({@link UniversalDependenciesFeatureAnnotator}, from the
 * tag, the word and the graph; without a constituency tree, so imperatives are not told from infinitives), and
 * the UPOS of {@link UniversalPos}. Thread-safe: the feature annotator is shared but only reads its tables (it is
 * never asked for lemmas, the one part that is not thread-safe).
 */
final class CoreNlpSyntax {
    private static final UniversalDependenciesFeatureAnnotator FEATURES = new UniversalDependenciesFeatureAnnotator();

    private CoreNlpSyntax() {
    }

    /**
     * Each token's syntax, in token order; null where the sentence has no complete tree (no graph, a token
     * missing from it, or not exactly one root), which CoreNLP's parser does not produce but a failed sentence could.
     */
    static Syntax[] of(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null || graph.size() != tokens.size() || graph.getRoots().size() != 1) {
            return null;
        }
        FEATURES.addFeatures(graph, null, false, false);
        Syntax[] out = new Syntax[tokens.size()];
        int first = tokens.get(0).index();
        try {
            for (IndexedWord word : graph.vertexSet()) {
                int position = word.index() - first;
                if (position < 0 || position >= out.length || out[position] != null) {
                    return null;
                }
                out[position] = arc(graph, word, first);
            }
        } catch (IllegalArgumentException notUd) {
            return null; // a relation outside UD v2: the model's labels are UD's, so only a changed model gets here
        }
        return out;
    }

    private static Syntax arc(SemanticGraph graph, IndexedWord word, int first) {
        int head = 0;
        String relation = "root";
        List<SemanticGraphEdge> incoming = graph.incomingEdgeList(word);
        if (!incoming.isEmpty()) {
            SemanticGraphEdge edge = incoming.get(0);
            head = edge.getGovernor().index() - first + 1;
            relation = edge.getRelation().toString();
        }
        CoNLLUFeatures feats = word.get(CoreAnnotations.CoNLLUFeats.class);
        String features = feats == null || feats.isEmpty() ? null : feats.toString();
        return new Syntax(UniversalPos.of(word.tag(), word.word(), relation), features, head, relation);
    }
}
