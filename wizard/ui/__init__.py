"""The wizard window: Qt pages over ``wizard.flow`` (the only package that imports Qt)."""
