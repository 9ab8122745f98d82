/**
 * The Dossier pipeline as an Apache Spark job: read articles from any Hadoop path, clean them, drop exact
 * duplicates and link near-duplicates as the store does, cluster them into stories with blocking (MinHash-LSH over
 * each article's strongest features, connected components, time windows) and the single-machine
 * {@code StoryClusterer} inside each block, then brief each story. Entry points:
 * {@link org.dossier.spark.DossierSparkJob} (spark-submit) and {@link org.dossier.spark.DossierSpark#run}
 * (in-process). See {@code docs/spark.md}.
 */
package org.dossier.spark;
