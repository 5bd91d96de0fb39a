/** Comments planners write on actions: who wrote what, and when. */
package io.reformbench.core.domain.model.comment;
