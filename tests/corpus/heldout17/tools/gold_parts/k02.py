from gold_lib import L
d='k02_lebanon_toll_state_media'
M="Lebanese Ministry of Public Health"; MA=["Ministry of Public Health","Lebanon's health ministry","health ministry","the ministry","ministry"]
L(d,"three thousand and 558 martyrs",3558,'killed','exact',"people killed in Lebanon since October 8, 2023","Lebanon",M,MA,'LBMOH','total','unknown')
L(d,"15 thousand 123 wounded",15123,'wounded','exact',"people wounded in Lebanon since October 8, 2023","Lebanon",M,MA,'LBMOH','total','unknown')
L(d,"fifty two martyrs",52,'killed','exact',"people killed in the past 24 hours","Lebanon",M,MA,'LBMOH','period','unknown')
L(d,"154 wounded",154,'wounded','exact',"people wounded in the past 24 hours","Lebanon",M,MA,'LBMOH','period','unknown')
L(d,"226 children",226,'killed','exact',"children among the dead","Lebanon",M,MA,'LBMOH','total','civilian')
L(d,"700 women",700,'killed','exact',"women among the dead","Lebanon",M,MA,'LBMOH','total','civilian')
L(d,"212 members of health and civil defence teams",212,'killed','exact',"health and civil defence workers killed","Lebanon",M,MA,'LBMOH','total','civilian')
L(d,"1 thousand 131 martyrs",1131,'killed','exact',"people killed in Nabatieh governorate","Lebanon",M,MA,'LBMOH','total','unknown')
L(d,"seven members of one family",7,'killed','exact',"family members killed in Douris strike","Lebanon","National News Agency",["NNA","official Lebanese news agency"],'NNA','event','civilian')
L(d,"three children",3,'killed','exact',"children killed in Douris strike","Lebanon","National News Agency",["NNA"],'NNA','event','civilian')
L(d,"dozens of Zionist soldiers",None,'casualties','vague',"Israeli soldiers killed or wounded near Khiam","Israel","Islamic Resistance in Lebanon",["Islamic Resistance","Hezbollah"],'HEZ','event','military')
OR=["Operations Room","Islamic Resistance","Hezbollah","Operations Room of the Islamic Resistance"]
L(d,"more than 100 officers and soldiers",100,'killed','at_least',"Israeli officers and soldiers killed since October 1","Israel","Operations Room of the Islamic Resistance",OR,'HEZ','period','military')
L(d,"over 1,000 wounded",1000,'wounded','at_least',"Israeli soldiers wounded since October 1","Israel","Operations Room of the Islamic Resistance",OR,'HEZ','period','military')
L(d,"some 70 000 soldiers",70000,'deployed','approximate',"Israeli soldiers massed along the border","Israel","Operations Room of the Islamic Resistance",OR,'HEZ','event','military')
L(d,"2,500 resistance fighters",2500,'killed','exact',"Hezbollah fighters killed since September","Hezbollah","Israeli army",["Zionist enemy army","enemy army","occupation army","Israeli military","IDF"],'IDF','period','military')
L(d,"more than 40 of their soldiers",40,'killed','at_least',"Israeli soldiers killed in one week","Israel","Naim Kassem",["Sheikh Naim Kassem","Sheikh Kassem","Kassem","Naim Qassem","Hezbollah Secretary-General","Hezbollah"],'QASSEM','period','military')
