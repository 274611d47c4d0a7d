package dev.lectern.model;

/**
 * A lesson component: what the original course rendered as a React component. Both the seed's
 * prose convention ({@code GradientCard (violet): ...}) and the {@code :::} directive syntax
 * produce these nodes. {@link #componentName()} is the name pages expose as {@code data-component}.
 */
public sealed interface Component extends Block permits GradientCard, CardGrid, ComparisonRow, Callout {

    String componentName();
}
