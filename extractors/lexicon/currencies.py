"""Currency names, as English news writes them after an amount ("2 billion rubles", "500,000 kyat").

The world's currencies by their common English names, singular and plural, so that
an amount of money in any currency is never read as a count of people. Names that
are also common words after a number ("won", "real", "marks", "sol") are left out.
"""

CURRENCIES = (
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "ruble", "rubles", "rouble", "roubles",
    "hryvnia", "hryvnias", "hryvnas", "shekel", "shekels", "yuan", "renminbi", "yen", "rupee", "rupees",
    "rupiah", "ringgit", "baht", "dong", "kyat", "kyats", "taka", "riel", "riels", "peso", "pesos", "bolivar",
    "bolivars", "franc", "francs", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials",
    "lira", "liras", "lire", "naira", "cedi", "cedis", "rand", "shilling", "shillings", "birr", "kwacha",
    "leone", "leones", "afghani", "afghanis", "manat", "manats", "dram", "drams", "lari", "tenge", "somoni",
    "forint", "forints", "zloty", "zlotys", "koruna", "korunas", "krona", "kronor", "krone", "kroner", "leu",
    "lei", "denar", "denars", "gourde", "gourdes", "quetzal", "quetzales", "guarani", "guaranies", "cordoba",
    "cordobas", "lempira", "lempiras", "ariary", "ouguiya", "dalasi", "nakfa", "tugrik", "tugriks",
)  # fmt: skip
