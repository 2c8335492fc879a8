{#- CURRENT_USER is the database user (often dbo); the login name says who really deployed. -#}
{% macro tsql__current_user_name() -%}
SUSER_SNAME()
{%- endmacro %}
