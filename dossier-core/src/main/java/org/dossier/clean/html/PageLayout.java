package org.dossier.clean.html;

import java.util.List;

/**
 * A flattened view of a page: its text blocks plus just enough of the element tree to reason about containers.
 *
 * <p>Elements are numbered in document (preorder) order. Element {@code i}'s subtree is exactly the elements
 * {@code i .. subtreeEnd[i]-1}, so "is block b inside container c" is two integer comparisons, and walking "up"
 * is following {@code parent[]}. Keeping the tree as arrays means no recursion anywhere, however deep the page.
 *
 * @param blocks      text blocks in document order
 * @param parent      parent element index of each element, -1 for the root
 * @param subtreeEnd  one past the last element index inside each element's subtree
 * @param hints       what each element's own markup hints at
 * @param tags        tag name of each element
 */
record PageLayout(List<TextBlock> blocks, int[] parent, int[] subtreeEnd, BoilerplateHints.Hint[] hints,
                  String[] tags) {

    /** Number of elements. */
    int size() {
        return parent.length;
    }

    /** Whether element {@code inner} is {@code outer} or lies inside it. */
    boolean contains(int outer, int inner) {
        return inner >= outer && inner < subtreeEnd[outer];
    }
}
