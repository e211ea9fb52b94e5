/**
 * Weighted pushdown systems (Reps, Schwoon, Jha, Melski 2005) over any bounded idempotent {@link
 * org.pathsum.semiring.Semiring}: rules {@code ⟨p, γ⟩ ↪ ⟨p′, w⟩} with {@code |w| ≤ 2}, regular sets
 * of configurations as P-automata, and the two saturation procedures {@linkplain
 * org.pathsum.wpds.WeightedPushdownSystem#postStar post*} and {@linkplain
 * org.pathsum.wpds.WeightedPushdownSystem#preStar pre*}, which answer "what is the ⊕ over all rule
 * sequences from these configurations to those of the ⊗-product of their weights?" for infinitely
 * many configurations at once.
 *
 * <pre>{@code
 * WeightedPushdownSystem<Double> pds = WeightedPushdownSystem.builder(Semirings.tropical())
 *     .push("p", "main", "p", "f", "ret", 1.0)   // call f, return to ret
 *     .pop("p", "f", "p", 2.0)                    // f returns
 *     .step("p", "ret", "p", "end", 0.5)
 *     .build();
 * WeightedAutomaton<Double> post = pds.postStar(Configuration.parse("<p, main>"));
 * post.value(Configuration.parse("<p, end>"));   // 3.5
 * }</pre>
 *
 * <p>Push rules may carry a <em>return transformer</em> {@code h} (an extended WPDS, Lal, Reps and
 * Balakrishnan 2005, with merge functions of the form {@code g(a, b) = a ⊗ h(b)}): the weight of a
 * call-return matched segment {@code b} is replaced by {@code h(b)} when the matching pop happens.
 * Interprocedural dataflow uses it to carry a caller's local variables around a call.
 *
 * <p>Saturation always ends: past a stated number of changes of one transition's weight (the
 * {@linkplain org.pathsum.wpds.WeightedPushdownSystem#updateBound() update bound}) it stops with
 * {@link org.pathsum.wpds.WeightedAutomaton.UpdateBoundException}, and a weight that leaves the
 * semiring's range stops it with {@link
 * org.pathsum.wpds.WeightedAutomaton.WeightOverflowException}. Configurations that name a
 * control state or stack symbol no rule mentions are refused.
 *
 * <p>No method in this package accepts or returns {@code null}; the saturations use worklists, not
 * recursion, so the stack depth does not grow with the input.
 */
package org.pathsum.wpds;
