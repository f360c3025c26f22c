/** Stanford CoreNLP behind Storyline's records: the only package that imports edu.stanford.nlp. */
package org.storyline.annotate.corenlp;
