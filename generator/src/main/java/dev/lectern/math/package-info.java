/** Typesets TeX with KaTeX (in GraalJS) behind an interface, with a content-hash cache; reads plain-text formulas as TeX. */
package dev.lectern.math;
