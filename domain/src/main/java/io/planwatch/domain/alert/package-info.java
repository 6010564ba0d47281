/**
 * The alert lifecycle (docs/architecture.md, Alerts): a pure state machine from one {@link
 * io.planwatch.domain.pace.Evaluation} to the next, its severity rule, its hysteresis and its
 * bilingual texts. One alert per target and year; an event only on a transition.
 */
package io.planwatch.domain.alert;
