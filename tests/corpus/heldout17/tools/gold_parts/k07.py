from gold_lib import L
d='k07_unama_civilian_harm_report'
U="United Nations Assistance Mission in Afghanistan"; UA=["UNAMA","UN mission","the mission","UN report","report","United Nations"]
L(d,"3,774 civilian casualties",3774,'casualties','exact',"Afghan civilian casualties, Aug 2021 to May 2023","Afghanistan",U,UA,'UNAMA','period','civilian')
L(d,"1,095 people killed",1095,'killed','exact',"Afghan civilians killed, Aug 2021 to May 2023","Afghanistan",U,UA,'UNAMA','period','civilian')
L(d,"2,679 wounded",2679,'wounded','exact',"Afghan civilians wounded, Aug 2021 to May 2023","Afghanistan",U,UA,'UNAMA','period','civilian')
L(d,"92 were women",92,'killed','exact',"women among the civilians killed","Afghanistan",U,UA,'UNAMA','period','civilian')
L(d,"287 were children",287,'killed','exact',"children among the civilians killed","Afghanistan",U,UA,'UNAMA','period','civilian')
L(d,"345 people dead",345,'killed','exact',"Shia civilians killed in attacks","Afghanistan",U,UA,'UNAMA','period','civilian')
L(d,"1,050 injured",1050,'wounded','exact',"Shia civilians injured in attacks","Afghanistan",U,UA,'UNAMA','period','civilian')
L(d,"killed 53 people",53,'killed','exact',"people killed in Kaaj education centre bombing","Afghanistan",U,UA,'UNAMA','event','civilian')
L(d,"injured 110",110,'wounded','exact',"people injured in Kaaj education centre bombing","Afghanistan",U,UA,'UNAMA','event','civilian')
L(d,"8,820 civilian casualties",8820,'casualties','exact',"Afghan civilian casualties in 2020","Afghanistan",U,["UNAMA's annual report"]+UA,'UNAMA','period','civilian')
L(d,"3,035 people killed",3035,'killed','exact',"Afghan civilians killed in 2020","Afghanistan",U,["UNAMA's annual report"]+UA,'UNAMA','period','civilian')
L(d,"hundreds of Daesh fighters",None,'killed','vague',"Islamic State fighters killed by Taliban forces over the past year","Islamic State","Zabiullah Mujahid",["Mujahid","Taliban spokesman","Zabihullah Mujahid","Taliban","Islamic Emirate of Afghanistan"],'TALIBAN','period','military')
L(d,"some 170 Afghans",170,'killed','approximate',"Afghans killed in the Kabul airport bombing","Afghanistan",None,[],None,'event','civilian')
L(d,"13 US service members",13,'killed','exact',"US service members killed in the Kabul airport bombing","United States",None,[],None,'event','military')
