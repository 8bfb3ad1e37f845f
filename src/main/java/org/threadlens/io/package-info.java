/**
 * File-system helpers the stages share: deleting the trees of spills, staged exports and scratch directories.
 * Nothing here knows about threads or annotations. Paths are never null.
 */
package org.threadlens.io;
