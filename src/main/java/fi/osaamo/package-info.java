/**
 * Osaamo, a platform for a region's continuous learning: the application and its modules,
 * one sub-package each (see the README's module table).
 */
@NullMarked
package fi.osaamo;

import org.jspecify.annotations.NullMarked;
