/** The article store. */
package org.dossier.store;
