"""The compiled translations (``wizard_<lang>.qm``), made from ``translations/*.ts`` by the
build (``setup.py``); ``wizard.i18n`` reads them. A package of its own so that the build
always finds it, also before the first compile fills it."""
