package org.dossier.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph held as an RDD of edges, without collecting the edges anywhere: every vertex is
 * labelled with the smallest vertex of its component.
 *
 * <p>Each round does two things. <b>Propagation:</b> every vertex offers its label to its neighbours and keeps the
 * smallest label it is offered (hash-min). <b>Shortcut:</b> every vertex looks up the label of its label and keeps
 * the smaller (pointer jumping), which halves the remaining distances, so a long chain of buckets converges in
 * about log of its length rounds instead of its length. Labels are always vertices of the same component, so the
 * result is exact; it stops when a round changes nothing. Labels only ever decrease, so a round changed nothing
 * exactly when the sum of the labels did not go down: one sum per round instead of a join with the old labels.
 */
final class ConnectedComponents {
    /** The rounds run by the last {@link #label} call (for the job report). */
    private int rounds;

    /**
     * The component label of every vertex that has an edge; a vertex without edges is its own component and is
     * not listed.
     *
     * @param edges undirected edges; self-loops and duplicates are harmless
     */
    JavaPairRDD<Long, Long> label(JavaPairRDD<Long, Long> edges, int partitions) {
        JavaPairRDD<Long, Long> both = edges.flatMapToPair(e -> java.util.List.of(e, e.swap()).iterator())
                .distinct(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = both.keys().distinct(partitions).mapToPair(v -> new Tuple2<>(v, v))
                .persist(StorageLevel.MEMORY_AND_DISK());
        java.math.BigInteger sum = sum(labels);
        rounds = 0;
        while (true) {
            rounds++;
            JavaPairRDD<Long, Long> offered = both.join(labels, partitions)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
            JavaPairRDD<Long, Long> propagated = labels.union(offered).reduceByKey(Math::min, partitions);
            // shortcut: (v, l) joined with (l, label of l) by l
            JavaPairRDD<Long, Long> shortcut = propagated.mapToPair(Tuple2::swap).join(propagated, partitions)
                    .mapToPair(x -> new Tuple2<>(x._2()._1(), Math.min(x._1(), x._2()._2())))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            java.math.BigInteger newSum = sum(shortcut);
            labels.unpersist(false);
            labels = shortcut;
            if (newSum.equals(sum)) {
                break;
            }
            sum = newSum;
        }
        both.unpersist(false);
        return labels;
    }

    /** The exact sum of the labels (big: a million labels near 2^40 overflow a long). */
    private static java.math.BigInteger sum(JavaPairRDD<Long, Long> labels) {
        return labels.values().map(java.math.BigInteger::valueOf).fold(java.math.BigInteger.ZERO,
                java.math.BigInteger::add);
    }

    int rounds() {
        return rounds;
    }
}
