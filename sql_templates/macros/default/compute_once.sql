{#- Ends a derived table whose computed columns the outer query reads several times. Renders nothing where
    the planner computes such a column once per row anyway. -#}
{% macro default__compute_once() -%}
{%- endmacro %}
