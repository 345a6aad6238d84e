"""Currencies and money, as English news writes them around an amount ("2 billion rubles", "$5 million",
"Rs 2 crore", "economic losses of 40 million").

The world's currencies by their common English names, singular and plural, so that
an amount of money in any currency is never read as a count of people. Names that
are also common words after a number ("won", "real", "marks", "sol") are left out.
Signs and codes stand before or after an amount; money nouns are what an amount
after them measures. The last guard (``extractors.guard``) reads all four tables.
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

# Signs written before (or after) an amount: "$5 million", "5 000 €".
CURRENCY_SIGNS = ("$", "£", "€", "¥", "₹", "₽", "₴", "₦", "₪", "₩", "₺", "₱", "৳", "₨", "₸", "₾", "₵", "₫")

# Codes and abbreviations, written before or after an amount: "USD 5 million", "Rs 2 crore", "5bn UAH".
# Codes that are also words or other acronyms ("SOS", "MAD", "COP") are left out.
CURRENCY_CODES = (
    "US$", "A$", "C$", "HK$", "NZ$", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "Rs", "Rs.", "PKR", "NGN",
    "UAH", "RUB", "ILS", "NIS", "SYP", "SDG", "SSP", "YER", "AFN", "IQD", "IRR", "LBP", "TRY", "KES", "KSh",
    "ETB", "ZAR", "EGP", "SAR", "AED", "QAR", "CHF", "CAD", "AUD", "MMK", "BDT", "LKR", "XOF", "XAF",
    "CFA", "Tk", "Sh", "UGX", "TZS", "CDF", "RWF", "LYD", "JOD", "KWD", "BHD", "OMR", "DZD", "TND",
    "PHP", "IDR", "THB", "VND", "MXN", "BRL", "ARS", "VES", "PLN", "HUF", "RON", "CZK", "SEK", "NOK",
    "DKK", "AMD", "AZN", "GEL", "KZT", "BYN", "MDL", "RSD", "BAM",
)  # fmt: skip

# Nouns of money that a number after them measures: "economic losses of 40 million",
# "a ransom of 500,000", "a budget of 12,000".
MONEY_NOUNS = (
    "ransom", "ransoms", "ransom demand", "economic losses", "economic loss", "economic damage",
    "financial losses", "financial loss", "material losses", "material damage", "property damage",
    "damage to property", "losses to the economy", "economic cost", "budget", "budgets", "defence budget",
    "defense budget", "military budget", "compensation", "reparations", "bounty", "reward", "fine", "bail",
    "funding", "aid package", "loan", "loans", "salary", "salaries", "wages", "pension", "pensions",
    "price tag", "revenue", "revenues", "GDP", "spending", "investment", "donations", "grant", "pledge",
    "pledges", "aid worth", "damages", "debt", "turnover", "profit", "profits",
)  # fmt: skip
