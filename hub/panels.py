"""A read-only panel of the project page's editor: the figures computed from records."""

from wagtail.admin.panels import Panel

from hub.indicators import computed_indicators


class ComputedIndicatorsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "hub/admin/computed_indicators_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            projects = type(instance)._default_manager.filter(pk=instance.pk)
            context["indicators"] = computed_indicators(projects) if instance.pk else []
            return context
