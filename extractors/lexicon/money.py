"""Money: what makes a number an amount of money rather than a count of people.

The last guard (``extractors.guard``) reads these tables; a number next to one of
them is a price, a ransom or a loss in money, never people.
"""

# Signs written before (or after) an amount: "$5 million", "5 000 €".
CURRENCY_SIGNS = ("$", "£", "€", "¥", "₹", "₽", "₴", "₦", "₪", "₩", "₺", "₱", "৳", "₨", "₸", "₾", "₵", "₫")

# Codes and abbreviations, written before or after an amount: "USD 5 million", "Rs 2 crore", "5bn UAH".
CURRENCY_CODES = (
    "US$", "A$", "C$", "HK$", "NZ$", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "Rs", "Rs.", "PKR", "NGN",
    "UAH", "RUB", "ILS", "NIS", "SYP", "SDG", "SSP", "YER", "AFN", "IQD", "IRR", "LBP", "TRY", "KES", "KSh",
    "ETB", "SOS", "ZAR", "EGP", "SAR", "AED", "QAR", "CHF", "CAD", "AUD", "MMK", "BDT", "LKR", "XOF", "XAF",
    "CFA", "Tk", "Sh", "UGX", "TZS", "CDF", "RWF", "LYD", "JOD", "KWD", "BHD", "OMR", "MAD", "DZD", "TND",
    "PHP", "IDR", "THB", "VND", "MXN", "COP", "BRL", "ARS", "VES", "PLN", "HUF", "RON", "CZK", "SEK", "NOK",
    "DKK", "AMD", "AZN", "GEL", "KZT", "BYN", "MDL", "RSD", "BAM",
)  # fmt: skip

# Currency names as written after an amount ("5 million naira", "300,000 hryvnias").
CURRENCY_NAMES = (
    "dollar", "dollars", "euro", "euros", "pound sterling", "pounds sterling", "pounds", "rouble", "roubles",
    "ruble", "rubles", "hryvnia", "hryvnias", "hryvnas", "rupee", "rupees", "naira", "shilling", "shillings",
    "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "yuan", "renminbi", "yen",
    "franc", "francs", "CFA francs", "birr", "kyat", "kyats", "afghani", "afghanis", "taka", "peso", "pesos",
    "rand", "cedi", "cedis", "leone", "leones", "lira", "liras", "lire", "manat", "tenge", "lari", "kwacha",
    "shekel", "shekels", "zloty", "zlotys", "forint", "forints", "koruna", "crowns", "kroner", "kronor",
    "bolivar", "bolivars", "bolivares", "dram", "drams", "somoni", "quetzales", "lempiras", "reais",
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
